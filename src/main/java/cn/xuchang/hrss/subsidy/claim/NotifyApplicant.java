package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.notification.Notifications;
import cn.xuchang.hrss.subsidy.review.ReviewVariables;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Tells the applicant, in a stored message, where its claim now stands. Used as a service task or a listener. */
@Component("notifyApplicant")
class NotifyApplicant implements JavaDelegate, ExecutionListener, TaskListener {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Claims claims;
    private final Notifications notifications;

    NotifyApplicant(Claims claims, Notifications notifications) {
        this.claims = claims;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tell(execution, null);
    }

    @Override
    public void notify(DelegateExecution execution) {
        tell(execution, null);
    }

    /** On the applicant's correction task: the message names the task's due date. */
    @Override
    public void notify(DelegateTask task) {
        tell(task.getExecution(), task.getDueDate());
    }

    private void tell(DelegateExecution execution, Date due) {
        Claim claim = claims.require(execution.getProcessBusinessKey());
        String subject = "您提交的" + claim.scheme().label() + "申请（编号 " + claim.id() + "）";
        String comment = (String) execution.getVariable(ReviewVariables.REVIEW_COMMENT);
        String why = comment == null || comment.isBlank() ? "" : "审核意见：" + comment;
        String message =
                switch (claim.status()) {
                    case PAID -> subject + "已公示期满并拨付，金额 " + claim.totalAmount().toBigInteger() + " 元。";
                    case REJECTED -> ClaimVariables.NOTHING_PAYABLE.equals(
                                    execution.getVariable(ClaimVariables.OUTCOME))
                            ? subject + "已审核通过，但" + RecordNothingPayable.EXPLANATION + why
                            : subject + "未通过。" + (why.isEmpty() ? "申请中没有符合补贴条件的人员或证书，请查看各项的不符合原因。" : why);
                    case WITHDRAWN -> subject + "未在补正期限内重新提交，已撤回，预留的补贴额度已释放。";
                    case RETURNED -> subject + "被退回补正，请修改后在 " + day(due) + " 前重新提交。" + why;
                    case PUBLIC_NOTICE -> subject + "已通过市级复审，现进行公示，公示期满无异议后拨付。";
                    default -> subject + "当前状态：" + claim.status().label() + "。";
                };
        notifications.toUser(claim.applicantId(), claim.id(), claim.status().name(), message);
    }

    private static String day(Object date) {
        if (date instanceof Date d) {
            return DAY.format(d.toInstant().atZone(java.time.ZoneId.systemDefault()));
        }
        return "规定期限";
    }
}
