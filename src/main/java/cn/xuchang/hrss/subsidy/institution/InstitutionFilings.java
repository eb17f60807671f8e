package cn.xuchang.hrss.subsidy.institution;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.ConflictRetry;
import cn.xuchang.hrss.subsidy.occupation.Occupations;
import cn.xuchang.hrss.subsidy.review.Reviews;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Submitting, correcting and reading an institution's filings. */
@Service
public class InstitutionFilings {

    private final FilingMapper filings;
    private final Institutions institutions;
    private final Reviews reviews;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ConflictRetry retry;
    private final Occupations occupations;

    InstitutionFilings(
            FilingMapper filings,
            Institutions institutions,
            Reviews reviews,
            RuntimeService runtime,
            TaskService tasks,
            ConflictRetry retry,
            Occupations occupations) {
        this.filings = filings;
        this.institutions = institutions;
        this.reviews = reviews;
        this.runtime = runtime;
        this.tasks = tasks;
        this.retry = retry;
        this.occupations = occupations;
    }

    /**
     * Stores the filing and starts its process, which checks it again and waits for the city review. An incomplete
     * filing is refused with 400 before anything is stored.
     */
    public FilingView submit(String institutionId, FilingRequest request) {
        Institution institution = filingInstitution(institutionId);
        List<OccupationLevel> lines = complete(request);
        String filingId = retry.inTransaction(() -> start(institution, lines));
        return view(filings.find(filingId));
    }

    /**
     * Takes over a listing that predates this system (the city's existing catalogue): a filing recorded as LISTED,
     * without a process, and the institution on the catalogue for its lines since the day given.
     */
    @Transactional
    public String importListed(String institutionId, List<OccupationLevel> listed, java.time.LocalDate listedFrom) {
        Institution institution = filingInstitution(institutionId);
        List<OccupationLevel> lines = coded(listed);
        String filingId = UUID.randomUUID().toString();
        LocalDateTime submitted = listedFrom.atStartOfDay();
        filings.insert(new Filing(filingId, institution.creditCode(), FilingStatus.LISTED, null, submitted, submitted));
        filings.insertItems(filingId, lines);
        institutions.list(institution.creditCode(), filingId, lines, listedFrom);
        return filingId;
    }

    /** Starts a filing as the institution would; for the demo data set. */
    public String submitLines(String institutionId, List<OccupationLevel> lines) {
        Institution institution = filingInstitution(institutionId);
        List<OccupationLevel> coded = coded(lines);
        return retry.inTransaction(() -> start(institution, coded));
    }

    private String start(Institution institution, List<OccupationLevel> lines) {
        String filingId = UUID.randomUUID().toString();
        LocalDateTime now = LocalDateTime.now();
        filings.insert(new Filing(filingId, institution.creditCode(), FilingStatus.CITY_REVIEW, null, now, now));
        filings.insertItems(filingId, lines);
        Map<String, Object> variables = Variables.createVariables()
                .putValue(InstitutionFilingProcess.INSTITUTION_ID, institution.creditCode())
                .putValue(InstitutionFilingProcess.INSTITUTION_NAME, institution.name())
                .putValue(
                        InstitutionFilingProcess.INSTITUTION_KIND,
                        institution.kind().label());
        String processInstanceId = runtime.startProcessInstanceByKey(InstitutionFilingProcess.KEY, filingId, variables)
                .getId();
        filings.setProcessInstance(filingId, processInstanceId);
        return filingId;
    }

    /** The institution's correction of a returned filing: its lines are replaced and it goes back to the review. */
    public FilingView correct(String institutionId, String filingId, FilingRequest request) {
        requireOwn(institutionId, filingId);
        List<OccupationLevel> lines = complete(request);
        retry.inTransaction(() -> {
            Filing filing = filings.lock(filingId);
            Task correction = filing.status() != FilingStatus.RETURNED
                    ? null
                    : tasks.createTaskQuery()
                            .processInstanceId(filing.processInstanceId())
                            .taskDefinitionKey(InstitutionFilingProcess.USER_CORRECT_FILING)
                            .singleResult();
            if (correction == null) {
                throw ApiException.conflict(
                        "FILING_NOT_RETURNED",
                        "只有被退回补正的备案才能修改后重新提交，当前状态：" + filing.status().label());
            }
            filings.deleteItems(filingId);
            filings.insertItems(filingId, lines);
            reviews.recordApplicantAction(
                    filingId,
                    InstitutionFilingProcess.USER_CORRECT_FILING,
                    correction.getId(),
                    "RESUBMIT",
                    institutionId);
            tasks.complete(correction.getId());
            return filingId;
        });
        return view(filings.find(filingId));
    }

    @Transactional(readOnly = true)
    public FilingView find(String institutionId, String filingId) {
        return view(requireOwn(institutionId, filingId));
    }

    @Transactional(readOnly = true)
    public List<FilingView> list(String institutionId) {
        return filings.findByInstitution(institutionId).stream().map(this::view).toList();
    }

    public List<OccupationLevel> items(String filingId) {
        return filings.findItems(filingId);
    }

    public Filing require(String filingId) {
        Filing filing = filings.find(filingId);
        if (filing == null) {
            throw new IllegalStateException("filing " + filingId + " does not exist");
        }
        return filing;
    }

    public void setStatus(String filingId, FilingStatus status) {
        filings.updateStatus(filingId, status);
    }

    private Filing requireOwn(String institutionId, String filingId) {
        Filing filing = filingId == null || filingId.length() > 36 ? null : filings.find(filingId);
        if (filing == null || !filing.institutionCreditCode().equals(institutionId)) {
            throw ApiException.notFound("FILING_NOT_FOUND", "没有找到该备案：" + filingId);
        }
        return filing;
    }

    private Institution filingInstitution(String institutionId) {
        Institution institution = institutions.requireSelf(institutionId);
        if (institution.status() == InstitutionStatus.EXITED) {
            throw ApiException.unprocessable(
                    "INSTITUTION_EXITED",
                    "本机构已被退出" + (institution.kind() == InstitutionKind.TRAINING ? "培训机构目录" : "评价目录") + "，不能再次备案");
        }
        return institution;
    }

    /**
     * The request checked for completeness with every occupation as its catalogue code: a name, an alias or a code is
     * accepted, an unknown occupation is refused with 400 UNKNOWN_OCCUPATION, and two spellings of one occupation and
     * level are a duplicate.
     */
    private List<OccupationLevel> complete(FilingRequest request) {
        if (request.occupations() != null) {
            request = new FilingRequest(request.occupations().stream()
                    .map(o -> o == null
                                    || o.occupation() == null
                                    || o.occupation().isBlank()
                                    || o.occupation().strip().length() > FilingCompleteness.MAX_OCCUPATION_LENGTH
                            ? o
                            : new FilingRequest.OccupationRequest(
                                    occupations.resolve(o.occupation()).code(), o.levels()))
                    .toList());
        }
        FilingCompleteness.Result result = request.check();
        if (!result.complete()) {
            throw ApiException.badRequest(result.code(), result.problem());
        }
        return result.lines();
    }

    private FilingView view(Filing filing) {
        return FilingView.of(filing, filings.findItems(filing.id()), reviews.ofClaim(filing.id()), occupations::nameOf);
    }

    private List<OccupationLevel> coded(List<OccupationLevel> lines) {
        return lines.stream()
                .map(l ->
                        new OccupationLevel(occupations.resolve(l.occupation()).code(), l.level()))
                .toList();
    }
}
