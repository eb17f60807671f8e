package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.ConflictRetry;
import cn.xuchang.hrss.subsidy.registry.Regions;
import cn.xuchang.hrss.subsidy.review.Reviews;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * Submitting a claim and correcting a returned one, written once for every scheme: the claim is built, its lines
 * stored, its shared process variables set (applicant, county, year, the decision-table version it is validated with)
 * and its process started (business key = claim id), all in one transaction, retried when a concurrent claim won a
 * race on the same grants; a refusal stores nothing. A scheme brings its lines and its own variables.
 */
@Service
public class ClaimSubmissions {

    /** Who claims: login user id (credit code), name, and the county whose reviewers look first. */
    public record Applicant(String id, String name, String countyCode) {}

    private final Claims claims;
    private final Reviews reviews;
    private final Regions regions;
    private final DecisionTables tables;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ConflictRetry retry;

    ClaimSubmissions(
            Claims claims,
            Reviews reviews,
            Regions regions,
            DecisionTables tables,
            RuntimeService runtime,
            TaskService tasks,
            ConflictRetry retry) {
        this.claims = claims;
        this.reviews = reviews;
        this.regions = regions;
        this.tables = tables;
        this.runtime = runtime;
        this.tasks = tasks;
        this.retry = retry;
    }

    /** Stores the claim (status SUBMITTED) and starts its process; returns the claim id. */
    public String submit(
            ClaimScheme scheme, Applicant applicant, Integer year, List<ClaimItem> lines, Map<String, Object> own) {
        return submit(scheme, applicant, year, lines, own, claim -> {});
    }

    /**
     * As above, with {@code beforeStart} run in the same transaction after the claim is stored and before its process
     * starts (e.g. locking the applicant, storing the application's own details, reserving its grants); its refusal
     * stores nothing.
     */
    public String submit(
            ClaimScheme scheme,
            Applicant applicant,
            Integer year,
            List<ClaimItem> lines,
            Map<String, Object> own,
            Consumer<Claim> beforeStart) {
        return retry.inTransaction(() -> {
            LocalDateTime now = LocalDateTime.now();
            Claim claim = new Claim(
                    UUID.randomUUID().toString(),
                    scheme.scheme(),
                    applicant.id(),
                    applicant.name(),
                    applicant.countyCode(),
                    year,
                    ClaimStatus.SUBMITTED,
                    BigDecimal.ZERO,
                    null,
                    now,
                    now);
            claims.insert(claim);
            beforeStart.accept(claim);
            VariableMap variables = Variables.createVariables()
                    .putValue(ClaimVariables.APPLICANT_ID, applicant.id())
                    .putValue(ClaimVariables.APPLICANT_NAME, applicant.name())
                    .putValue(ClaimVariables.COUNTY_CODE, applicant.countyCode())
                    .putValue(ClaimVariables.COUNTY_NAME, regions.nameOf(applicant.countyCode()));
            if (year != null) {
                variables.putValue(ClaimVariables.CLAIM_YEAR, year);
            }
            if (scheme.decisionKey() != null) {
                DecisionTables.Version standard = tables.current(scheme.decisionKey());
                variables.putValue(ClaimVariables.STANDARD_ID, standard.id());
                variables.putValue(ClaimVariables.STANDARD_VERSION, Variables.integerValue(standard.version(), true));
            }
            variables.putAll(own);
            String processInstanceId;
            try (SubmittedLines submitted = SubmittedLines.handOver(claim.id(), lines)) {
                processInstanceId = runtime.startProcessInstanceByKey(scheme.processKey(), claim.id(), variables)
                        .getId();
                if (!submitted.isStored()) {
                    claims.storeItems(claim, lines);
                }
            }
            claims.setProcessInstance(claim.id(), processInstanceId);
            return claim.id();
        });
    }

    /**
     * The applicant's correction of its returned claim: the lines are replaced (unless null), {@code update} adjusts
     * what else changed (inside the transaction), and the correction task is completed, so the process validates the
     * claim again. Another applicant's claim is "not found".
     */
    public void correct(
            ClaimScheme scheme, String claimId, String applicantId, List<ClaimItem> lines, Consumer<Claim> update) {
        claims.requireOwn(claimId, scheme.scheme(), applicantId);
        retry.inTransaction(() -> {
            Claim claim = claims.lock(claimId);
            if (claim.status() != ClaimStatus.RETURNED) {
                throw ApiException.conflict(
                        "CLAIM_NOT_RETURNED",
                        "只有被退回补正的申请才能修改后重新提交，当前状态：" + claim.status().label());
            }
            Task correction = tasks.createTaskQuery()
                    .processInstanceId(claim.processInstanceId())
                    .taskDefinitionKey(scheme.correctionTask())
                    .singleResult();
            if (correction == null) {
                throw ApiException.conflict("CLAIM_NOT_RETURNED", "该申请当前没有待补正的任务");
            }
            if (lines != null) {
                claims.replaceItems(claim, lines, BigDecimal.ZERO);
            }
            update.accept(claim);
            reviews.recordApplicantAction(
                    claimId, scheme.correctionTask(), correction.getId(), "RESUBMIT", applicantId);
            tasks.complete(correction.getId());
            return claimId;
        });
    }
}
