package cn.xuchang.hrss.subsidy.institution;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.ConflictRetry;
import cn.xuchang.hrss.subsidy.occupation.Occupations;
import cn.xuchang.hrss.subsidy.review.Reviews;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting and reading exit procedures, and the yearly performance evaluation of every listed institution. */
@Service
public class InstitutionExits {

    private static final Logger log = LoggerFactory.getLogger(InstitutionExits.class);
    static final String SYSTEM = "system";

    private final ExitMapper exits;
    private final FilingMapper filings;
    private final Institutions institutions;
    private final Reviews reviews;
    private final RuntimeService runtime;
    private final ConflictRetry retry;
    private final ClaimsOfTheYear claimsOfTheYear;
    private final Occupations occupations;

    InstitutionExits(
            ExitMapper exits,
            FilingMapper filings,
            Institutions institutions,
            Reviews reviews,
            RuntimeService runtime,
            ConflictRetry retry,
            ClaimsOfTheYear claimsOfTheYear,
            Occupations occupations) {
        this.exits = exits;
        this.filings = filings;
        this.institutions = institutions;
        this.reviews = reviews;
        this.runtime = runtime;
        this.retry = retry;
        this.claimsOfTheYear = claimsOfTheYear;
        this.occupations = occupations;
    }

    /**
     * Starts an exit procedure; it waits for the city's investigation. One open procedure per institution at a time;
     * an exited institution has none.
     */
    public ExitView start(String startedBy, String rawCreditCode, ExitTrigger trigger, String description) {
        String creditCode = rawCreditCode == null ? "" : rawCreditCode.strip().toUpperCase();
        String exitId = retry.inTransaction(() -> {
            Institution institution = institutions.lock(creditCode);
            if (institution == null) {
                throw ApiException.notFound("INSTITUTION_NOT_FOUND", "没有找到该机构：" + rawCreditCode);
            }
            if (institution.status() == InstitutionStatus.EXITED) {
                throw ApiException.conflict("INSTITUTION_EXITED", "该机构已退出评价目录");
            }
            if (exits.findByInstitution(creditCode).stream()
                    .anyMatch(e -> e.status().isOpen())) {
                throw ApiException.conflict("EXIT_IN_PROGRESS", "该机构已有正在进行的问题处理程序");
            }
            return begin(institution, trigger, description.strip(), startedBy);
        });
        return view(exits.find(exitId));
    }

    private String begin(Institution institution, ExitTrigger trigger, String description, String startedBy) {
        String exitId = UUID.randomUUID().toString();
        LocalDateTime now = LocalDateTime.now();
        exits.insert(new InstitutionExit(
                exitId,
                institution.creditCode(),
                trigger,
                description,
                ExitStatus.INVESTIGATION,
                startedBy,
                null,
                now,
                now));
        Map<String, Object> variables = Variables.createVariables()
                .putValue(InstitutionExitProcess.INSTITUTION_ID, institution.creditCode())
                .putValue(InstitutionExitProcess.INSTITUTION_NAME, institution.name())
                .putValue(InstitutionExitProcess.EXIT_TRIGGER, trigger.name())
                .putValue(InstitutionExitProcess.EXIT_TRIGGER_LABEL, trigger.label())
                .putValue(InstitutionExitProcess.EXIT_DESCRIPTION, description)
                .putValue(
                        InstitutionExitProcess.INSTITUTION_HISTORY,
                        Variables.objectValue(history(institution.creditCode()))
                                .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                                .create());
        String processInstanceId = runtime.startProcessInstanceByKey(InstitutionExitProcess.KEY, exitId, variables)
                .getId();
        exits.setProcessInstance(exitId, processInstanceId);
        return exitId;
    }

    /**
     * The yearly performance evaluation of {@code year}: one procedure with trigger PERFORMANCE for every listed
     * institution that has none open, describing the institution's year (its claims, complaints and exposures) for a
     * reviewer who may find it 合格. Each institution in its own transaction, so one failure stops no other. Returns how
     * many started.
     */
    public int startPerformanceEvaluations(int year) {
        int started = 0;
        for (Institution listed : institutions.inStatus(InstitutionStatus.LISTED)) {
            // no refusal is thrown here: inside the timer job's transaction it would mark the whole job for rollback
            boolean begun = retry.inTransaction(() -> {
                Institution institution = institutions.lock(listed.creditCode());
                boolean open = exits.findByInstitution(listed.creditCode()).stream()
                        .anyMatch(e -> e.status().isOpen());
                if (institution.status() != InstitutionStatus.LISTED || open) {
                    return false;
                }
                begin(
                        institution,
                        ExitTrigger.PERFORMANCE,
                        yearOf(institution, year).description(),
                        SYSTEM);
                return true;
            });
            if (begun) {
                started++;
            }
        }
        log.info("yearly performance evaluation {}: {} procedures started", year, started);
        return started;
    }

    /** The institution's year as the yearly performance evaluation reviews it. */
    YearReview yearOf(Institution institution, int year) {
        int complaints = (int) exits.findByInstitution(institution.creditCode()).stream()
                .filter(e -> e.triggerKind() == ExitTrigger.COMPLAINT
                        && e.startedAt().getYear() == year)
                .count();
        int exposures = (int) institutions.announcements(Announcement.EXPOSURE).stream()
                .filter(a -> a.institutionCreditCode().equals(institution.creditCode())
                        && a.publishedOn().getYear() == year)
                .count();
        return YearReview.of(year, claimsOfTheYear.of(institution.creditCode(), year), complaints, exposures);
    }

    @Transactional(readOnly = true)
    public ExitView find(String exitId) {
        InstitutionExit exit = exitId == null || exitId.length() > 36 ? null : exits.find(exitId);
        if (exit == null) {
            throw ApiException.notFound("EXIT_NOT_FOUND", "没有找到该问题处理程序：" + exitId);
        }
        return view(exit);
    }

    @Transactional(readOnly = true)
    public List<ExitView> ofInstitution(String creditCode) {
        return exits.findByInstitution(creditCode).stream().map(this::view).toList();
    }

    public InstitutionExit require(String exitId) {
        InstitutionExit exit = exits.find(exitId);
        if (exit == null) {
            throw new IllegalStateException("exit procedure " + exitId + " does not exist");
        }
        return exit;
    }

    public void setStatus(String exitId, ExitStatus status) {
        exits.updateStatus(exitId, status);
    }

    /** What the investigator sees of the institution's past: filings, listing periods, earlier procedures. */
    List<Map<String, Object>> history(String creditCode) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (Filing filing : filings.findByInstitution(creditCode)) {
            events.add(event(
                    filing.submittedAt().toLocalDate().toString(),
                    "提交备案",
                    filing.status().label()));
        }
        for (Listing listing : institutions.history(creditCode)) {
            String what = occupations.nameOf(listing.occupation()) + " "
                    + new OccupationLevel(listing.occupation(), listing.level()).levelLabel();
            events.add(event(listing.listedFrom().toString(), "列入目录", what));
            if (listing.listedUntil() != null) {
                events.add(event(listing.listedUntil().toString(), "移出目录", what));
            }
        }
        for (InstitutionExit exit : exits.findByInstitution(creditCode)) {
            events.add(event(
                    exit.startedAt().toLocalDate().toString(),
                    exit.triggerKind().label(),
                    exit.description() + "（" + exit.status().label() + "）"));
        }
        events.sort(Comparator.comparing(e -> (String) e.get("date")));
        return events;
    }

    private static Map<String, Object> event(String date, String event, String detail) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("date", date);
        line.put("event", event);
        line.put("detail", detail);
        return line;
    }

    private ExitView view(InstitutionExit exit) {
        return ExitView.of(exit, reviews.ofClaim(exit.id()));
    }
}
