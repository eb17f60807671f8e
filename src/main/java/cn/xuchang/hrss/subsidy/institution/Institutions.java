package cn.xuchang.hrss.subsidy.institution;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.occupation.Occupations;
import cn.xuchang.hrss.subsidy.registry.Registry;
import cn.xuchang.hrss.subsidy.registry.SkillLevel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Institution accounts, the catalogue and its history, and the public announcements about institutions. */
@Service
public class Institutions {

    private final InstitutionMapper institutions;
    private final Registry registry;
    private final Occupations occupations;

    Institutions(InstitutionMapper institutions, Registry registry, Occupations occupations) {
        this.institutions = institutions;
        this.registry = registry;
        this.occupations = occupations;
    }

    /** The account request of API.md: name, kind, county, password. */
    public record AccountRequest(String name, InstitutionKind kind, String countyCode, String password) {}

    /**
     * Creates or updates an institution and its login user (user id = credit code, group institution). A credit code that
     * is another kind of account is refused before anything is written (Registry#putLoginUser).
     */
    @Transactional
    public boolean put(String rawCreditCode, AccountRequest request) {
        String creditCode = Registry.checkCreditCode(rawCreditCode);
        registry.checkCounty(request.countyCode());
        Institution stored = institutions.find(creditCode);
        if (stored != null
                && stored.kind() != request.kind()
                && !institutions.findListings(creditCode).isEmpty()) {
            // its listings are on the catalogue of its kind: a training listing must never count as an evaluation one
            throw ApiException.conflict(
                    "INSTITUTION_KIND_FIXED",
                    "该机构已列入过" + stored.kind().label() + "目录，不能改为"
                            + request.kind().label() + "；如需开展另一类业务，请以另一账户登记备案");
        }
        Institution institution = new Institution(
                creditCode,
                request.name().strip(),
                request.kind(),
                request.countyCode(),
                stored == null ? InstitutionStatus.REGISTERED : stored.status());
        registry.putLoginUser(creditCode, institution.name(), request.password(), Groups.INSTITUTION);
        if (stored == null) {
            institutions.insert(institution);
        } else {
            institutions.update(institution);
        }
        return stored == null;
    }

    public Institution find(String creditCode) {
        return creditCode == null ? null : institutions.find(creditCode);
    }

    public Institution lock(String creditCode) {
        return institutions.lock(creditCode);
    }

    public List<Institution> inStatus(InstitutionStatus status) {
        return institutions.findByStatus(status);
    }

    /** Every listing period of the institution, open or closed. */
    public List<Listing> history(String creditCode) {
        return institutions.findListings(creditCode);
    }

    /** The open listings of the evaluation catalogue (评价目录). */
    public List<Listing> catalogue() {
        return catalogue(InstitutionKind.EVALUATION);
    }

    /** The open listings of the catalogue of the kind: evaluation (评价目录) or training institutions (培训机构目录). */
    public List<Listing> catalogue(InstitutionKind kind) {
        return institutions.findOpenListings(InstitutionStatus.LISTED, kind);
    }

    /**
     * Puts the institution on the catalogue for the filed lines from the day. A line it is already listed for stays as
     * it is (the earlier listing date holds); nothing it did not file is added.
     */
    @Transactional
    public void list(String creditCode, String filingId, List<OccupationLevel> lines, LocalDate from) {
        Institution institution = institutions.lock(creditCode);
        if (institution == null) {
            throw new IllegalStateException("institution " + creditCode + " does not exist");
        }
        if (institution.status() == InstitutionStatus.EXITED) {
            throw new IllegalStateException("institution " + creditCode + " has exited the catalogue");
        }
        Set<OccupationLevel> open = institutions.findListings(creditCode).stream()
                .filter(l -> l.listedUntil() == null)
                .map(l -> new OccupationLevel(l.occupation(), l.level()))
                .collect(Collectors.toSet());
        for (OccupationLevel line : lines) {
            if (open.add(line)) {
                institutions.insertListing(
                        new Listing(null, creditCode, line.occupation(), line.level(), filingId, from, null));
            }
        }
        institutions.updateStatus(creditCode, InstitutionStatus.LISTED);
    }

    /** Takes the institution off the catalogue: status EXITED, its open listings end on the day. */
    @Transactional
    public void exit(String creditCode, LocalDate on) {
        institutions.lock(creditCode);
        institutions.closeListings(creditCode, on);
        institutions.updateStatus(creditCode, InstitutionStatus.EXITED);
    }

    /** Publishes an announcement once per kind and reference (a job that runs again publishes nothing twice). */
    @Transactional
    public void announce(String kind, Institution institution, String referenceId, String message, LocalDate on) {
        boolean published = institutions.findAnnouncements(kind).stream()
                .anyMatch(a -> a.referenceId().equals(referenceId));
        if (!published) {
            institutions.insertAnnouncement(new Announcement(
                    null,
                    kind,
                    institution.creditCode(),
                    institution.name(),
                    referenceId,
                    message,
                    on,
                    LocalDateTime.now()));
        }
    }

    public List<Announcement> announcements(String kind) {
        return institutions.findAnnouncements(kind);
    }

    /**
     * Whether the institution was on the catalogue of the kind for the occupation (a name or a code) and level on the
     * day: a listing runs from its first day up to, not including, the day it ended.
     */
    public boolean listedOn(
            String creditCode, InstitutionKind kind, String occupationCode, SkillLevel level, LocalDate on) {
        if (creditCode == null || level == null || on == null) {
            return false;
        }
        String code = codeOf(occupationCode);
        return institutions.findListingsOn(kind, level, on, creditCode).stream()
                .anyMatch(l -> code.equals(codeOf(l.occupation())));
    }

    /** The institutions of the kind listed on the day for the occupation (a name or a code) and level, by credit code. */
    public List<Institution> listedFor(InstitutionKind kind, String occupationCode, SkillLevel level, LocalDate on) {
        String code = codeOf(occupationCode);
        return institutions.findListingsOn(kind, level, on, null).stream()
                .filter(l -> code.equals(codeOf(l.occupation())))
                .map(Listing::institutionCreditCode)
                .distinct()
                .map(institutions::find)
                .toList();
    }

    /**
     * The catalogue code of a stored occupation: listings hold names until the catalogue migration turns them into
     * codes, so both sides are compared through the catalogue; a name it does not know stands for itself.
     */
    private String codeOf(String occupation) {
        try {
            return occupations.resolve(occupation).code();
        } catch (ApiException unknown) {
            return occupation == null ? "" : occupation.strip();
        }
    }

    /** The institution of the logged-in user, or 422 when the account is not a registered institution. */
    public Institution requireSelf(String userId) {
        Institution institution = find(userId);
        if (institution == null) {
            throw ApiException.unprocessable("INSTITUTION_UNKNOWN", "当前账户不是已登记的机构");
        }
        return institution;
    }
}
