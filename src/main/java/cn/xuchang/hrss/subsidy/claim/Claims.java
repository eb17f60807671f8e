package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.ledger.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Reads and writes claims and their lines. */
@Service
public class Claims {

    private final ClaimMapper claims;

    Claims(ClaimMapper claims) {
        this.claims = claims;
    }

    public Claim find(String id) {
        return id == null ? null : claims.find(id);
    }

    public Claim require(String id) {
        Claim claim = find(id);
        if (claim == null) {
            throw new IllegalStateException("claim " + id + " does not exist");
        }
        return claim;
    }

    /** The claim if it belongs to the applicant; another applicant's claim is "not found", never "forbidden". */
    public Claim requireOwn(String id, Scheme scheme, String applicantId) {
        Claim claim = find(id);
        if (claim == null || claim.scheme() != scheme || !claim.applicantId().equals(applicantId)) {
            throw ApiException.notFound("CLAIM_NOT_FOUND", "没有找到该申请：" + id);
        }
        return claim;
    }

    public Claim lock(String id) {
        return claims.lock(id);
    }

    public List<Claim> ofApplicant(String applicantId, Scheme scheme) {
        return claims.findByApplicant(applicantId, scheme);
    }

    public List<Claim> inStatus(ClaimStatus status) {
        return claims.findByStatus(status);
    }

    public List<ClaimItem> items(String claimId) {
        return claims.findItems(claimId);
    }

    /** The lines of each of the claims, in one query; a claim without lines is absent from the map. */
    public Map<String, List<ClaimItem>> itemsOf(List<String> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return claims.findItemsOfClaims(claimIds).stream()
                .collect(Collectors.groupingBy(ClaimItem::claimId, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * Stores a new claim without its lines: they are stored once, validated, by the claim's validation in the same
     * transaction ({@link SubmittedLines}), or as submitted where the process does not validate them there.
     */
    public void insert(Claim claim) {
        claims.insert(claim);
    }

    /** Replaces the lines of a claim (after validation, or with a correction) and sets its total. */
    public void replaceItems(String claimId, List<ClaimItem> items, BigDecimal total) {
        replaceItems(require(claimId), items, total);
    }

    /**
     * Replaces the lines of a claim (after validation, or with a correction) and sets its total; returns the lines as
     * stored, each with the person it is about.
     */
    public List<ClaimItem> replaceItems(Claim claim, List<ClaimItem> items, BigDecimal total) {
        claims.deleteItems(claim.id());
        List<ClaimItem> stored = storeItems(claim, items);
        claims.updateTotal(claim.id(), total);
        return stored;
    }

    /**
     * Stores the lines of a claim that has none stored yet, 500 to a statement; returns them as stored, each with the
     * claim and the person it is about.
     */
    public List<ClaimItem> storeItems(Claim claim, List<ClaimItem> items) {
        List<ClaimItem> stored = new ArrayList<>(items.size());
        for (int from = 0; from < items.size(); from += 500) {
            List<ClaimItem> batch = prepared(claim, items.subList(from, Math.min(items.size(), from + 500)));
            claims.insertItems(batch);
            stored.addAll(batch);
        }
        return stored;
    }

    /** The lines as {@link #storeItems} stores them, with the claim and the person each is about; nothing stored. */
    public List<ClaimItem> prepared(Claim claim, List<ClaimItem> items) {
        return withPersons(
                claim.scheme(),
                items.stream().map(item -> withClaim(claim.id(), item)).toList());
    }

    /** Sets the total of a claim whose lines {@link #storeItems} stored. */
    public void updateTotal(String claimId, BigDecimal total) {
        claims.updateTotal(claimId, total);
    }

    /**
     * The lines with the person each is about, the key of a person's e-file: the ID number itself for a hire or a
     * placement, the holder of the certificate (evaluation) or of the voucher (redemption; any later scheme whose
     * lines name a voucher code). A line that already names its person keeps it; an award names nobody.
     */
    private List<ClaimItem> withPersons(Scheme scheme, List<ClaimItem> items) {
        if (scheme == Scheme.STARTUP_PARK || scheme == Scheme.STARTUP_PROJECT) {
            return items;
        }
        if (scheme == Scheme.HIRING || scheme == Scheme.REFERRAL) {
            return items.stream()
                    .map(item -> item.idNumber() != null
                                    || item.subject() == null
                                    || item.subject().length() > 18
                            ? item
                            : item.withIdNumber(item.subject()))
                    .toList();
        }
        List<String> subjects = items.stream()
                .filter(item -> item.idNumber() == null && item.subject() != null)
                .map(ClaimItem::subject)
                .distinct()
                .toList();
        if (subjects.isEmpty()) {
            return items;
        }
        List<SubjectPerson> found = scheme == Scheme.EVALUATION
                ? claims.findCertificateHolders(subjects)
                : claims.findVoucherHolders(subjects);
        Map<String, String> holders =
                found.stream().collect(Collectors.toMap(SubjectPerson::subject, SubjectPerson::idNumber, (a, b) -> a));
        return items.stream()
                .map(item -> item.idNumber() == null && holders.containsKey(item.subject())
                        ? item.withIdNumber(holders.get(item.subject()))
                        : item)
                .toList();
    }

    public void setTotal(String claimId, BigDecimal total) {
        claims.updateTotal(claimId, total);
    }

    public void updateYear(String claimId, Integer year) {
        claims.updateYear(claimId, year);
    }

    public void setProcessInstance(String claimId, String processInstanceId) {
        claims.setProcessInstance(claimId, processInstanceId);
    }

    public void setStatus(String claimId, ClaimStatus status) {
        claims.updateStatus(claimId, status);
    }

    /** Moves the claim from one status to the next; false when it was not in the expected status. */
    public boolean moveStatus(String claimId, ClaimStatus expected, ClaimStatus next) {
        return claims.updateStatusIf(claimId, expected, next) == 1;
    }

    private static ClaimItem withClaim(String claimId, ClaimItem item) {
        return new ClaimItem(
                claimId,
                item.lineNo(),
                item.subject(),
                item.personName(),
                item.employerCreditCode(),
                item.startedOn(),
                item.eligible(),
                item.amount(),
                item.reasons(),
                item.idNumber());
    }
}
