package cn.xuchang.hrss.subsidy.voucher;

import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.registry.SkillLevel;
import cn.xuchang.hrss.subsidy.review.ReviewVariables;
import cn.xuchang.hrss.subsidy.voucher.VoucherRequests.CompletionRequest;
import cn.xuchang.hrss.subsidy.voucher.VoucherRequests.IssueRequest;
import cn.xuchang.hrss.subsidy.voucher.VoucherRequests.RedemptionRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The voucher part of the demo data set: vouchers brought to a state the way users would bring them there (issue,
 * enrolment, completion, redemption claim); the end of the validity is the voucher's own timer, run early. Used by
 * demo/ only.
 */
@Component
public class DemoVouchers {

    private final TrainingVouchers vouchers;
    private final VoucherRedemptions redemptions;
    private final TrainingVoucherMapper mapper;
    private final ManagementService management;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;

    DemoVouchers(
            TrainingVouchers vouchers,
            VoucherRedemptions redemptions,
            TrainingVoucherMapper mapper,
            ManagementService management,
            TaskService tasks,
            RuntimeService runtime,
            IdentityService identity) {
        this.vouchers = vouchers;
        this.redemptions = redemptions;
        this.mapper = mapper;
        this.management = management;
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
    }

    /** Issues a voucher to the worker. Returns its code. */
    public String issue(String worker, String occupation, SkillLevel level) {
        return vouchers.issue(worker, new IssueRequest(occupation, level)).code();
    }

    /** Enrols the worker's voucher with the training institution today. */
    public void enrol(String institution, String code, String worker) {
        vouchers.enrol(institution, code, worker);
    }

    /** Records the training as completed today. */
    public void complete(String institution, String code, int hours) {
        vouchers.complete(institution, code, new CompletionRequest(hours, LocalDate.now()));
    }

    /** Submits a redemption claim for the codes; it waits for the city review. Returns the claim id. */
    public String redeem(String institution, List<String> codes) {
        return redemptions.submit(institution, new RedemptionRequest(codes)).id();
    }

    /**
     * The city approves the redemption claim as a reviewer would in Tasklist, and its public notice ends now: the
     * notice's timer and the payment run at once, the claim is paid and its vouchers are REDEEMED.
     */
    public void approveAndPay(String claimId, String cityReviewer) {
        Task review = tasks.createTaskQuery()
                .processInstanceBusinessKey(claimId)
                .taskDefinitionKey(VoucherRedemptionProcess.USER_CITY_REVIEW)
                .singleResult();
        identity.setAuthentication(cityReviewer, List.of(Groups.CITY_REVIEWER));
        try {
            tasks.claim(review.getId(), cityReviewer);
            tasks.complete(
                    review.getId(),
                    Map.of(ReviewVariables.DECISION, "APPROVE", ReviewVariables.COMMENT, "演示数据：证券相符，同意兑现"));
        } finally {
            identity.clearAuthentication();
        }
        String processInstanceId = review.getProcessInstanceId();
        for (int round = 0;
                round < 5
                        && runtime.createProcessInstanceQuery()
                                        .processInstanceId(processInstanceId)
                                        .count()
                                > 0;
                round++) {
            for (Job job : management
                    .createJobQuery()
                    .processInstanceId(processInstanceId)
                    .list()) {
                management.executeJob(job.getId());
            }
        }
    }

    /** Runs the voucher's validity timer now: an issued voucher expires, an enrolled or trained one lapses. */
    public void endValidity(String code) {
        String processInstanceId = mapper.find(code).processInstanceId();
        for (Job job :
                management.createJobQuery().processInstanceId(processInstanceId).list()) {
            management.executeJob(job.getId());
        }
    }
}
