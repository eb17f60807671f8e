package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.review.Reviews;
import cn.xuchang.hrss.subsidy.system.ApiException;
import cn.xuchang.hrss.subsidy.system.ConflictRetry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Submitting a claim and correcting a returned one, the same for every claim scheme: the claim and its lines are
 * stored and its process started (business key = claim id) in one transaction, retried when a concurrent claim won a
 * race on the same grants; a refusal stores nothing.
 */
@Service
public class ClaimSubmissions {

    private final Claims claims;
    private final Reviews reviews;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ConflictRetry retry;

    ClaimSubmissions(Claims claims, Reviews reviews, RuntimeService runtime, TaskService tasks, ConflictRetry retry) {
        this.claims = claims;
        this.reviews = reviews;
        this.runtime = runtime;
        this.tasks = tasks;
        this.retry = retry;
    }

    /** Stores the claim (status SUBMITTED) and starts its process; returns the claim id. */
    public String submit(Claim claim, List<ClaimItem> lines, String processKey, Map<String, Object> variables) {
        return submit(claim, lines, processKey, variables, () -> {});
    }

    /**
     * As above, with {@code beforeStart} run in the same transaction after the claim is stored and before its process
     * starts (e.g. storing the application's own details, reserving its grants); its refusal stores nothing.
     */
    public String submit(
            Claim claim,
            List<ClaimItem> lines,
            String processKey,
            Map<String, Object> variables,
            Runnable beforeStart) {
        return retry.inTransaction(() -> {
            claims.insert(claim, lines);
            beforeStart.run();
            String processInstanceId = runtime.startProcessInstanceByKey(processKey, claim.id(), variables)
                    .getId();
            claims.setProcessInstance(claim.id(), processInstanceId);
            return claim.id();
        });
    }

    /**
     * The applicant's correction of a returned claim: the lines are replaced, {@code update} adjusts what else changed
     * (inside the transaction), and the correction task is completed, so the process validates the claim again.
     */
    public void correct(
            String claimId,
            String applicantId,
            String correctionTaskKey,
            List<ClaimItem> lines,
            Consumer<Claim> update) {
        retry.inTransaction(() -> {
            Claim claim = claims.lock(claimId);
            if (claim.status() != ClaimStatus.RETURNED) {
                throw ApiException.conflict(
                        "CLAIM_NOT_RETURNED",
                        "只有被退回补正的申请才能修改后重新提交，当前状态：" + claim.status().label());
            }
            Task correction = tasks.createTaskQuery()
                    .processInstanceId(claim.processInstanceId())
                    .taskDefinitionKey(correctionTaskKey)
                    .singleResult();
            if (correction == null) {
                throw ApiException.conflict("CLAIM_NOT_RETURNED", "该申请当前没有待补正的任务");
            }
            if (lines != null) {
                claims.replaceItems(claimId, lines, BigDecimal.ZERO);
            }
            update.accept(claim);
            reviews.recordApplicantAction(claimId, correctionTaskKey, correction.getId(), "RESUBMIT", applicantId);
            tasks.complete(correction.getId());
            return claimId;
        });
    }
}
