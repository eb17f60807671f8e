package cn.xuchang.hrss.subsidy.portal;

import cn.xuchang.hrss.subsidy.claim.ClaimLists;
import cn.xuchang.hrss.subsidy.claim.ClaimStatus;
import cn.xuchang.hrss.subsidy.claim.ClaimView;
import cn.xuchang.hrss.subsidy.claim.Reasons;
import cn.xuchang.hrss.subsidy.ledger.Yuan;
import cn.xuchang.hrss.subsidy.notification.Notification;
import cn.xuchang.hrss.subsidy.notification.Notifications;
import cn.xuchang.hrss.subsidy.review.ReviewStep;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's claims as the portal shows them, read through the same {@link ClaimLists} as the API with the
 * portal's own {@link ClaimView.Shape} (the year as heading, a line with its reasons in words, whatever the scheme):
 * the list, one claim (another applicant's is "not found"), its step bar, the correction deadline of a returned claim
 * (the due date of the applicant's correction task), and the applicant's notifications.
 */
@Service
public class PortalClaims {

    /** What the pages show of any scheme's claim beyond the shared fields: the year (none for some schemes), lines. */
    static final ClaimView.Shape<Integer, ResultLine> SHAPE = new ClaimView.Shape<>(
            claim -> claim.claimYear(),
            i -> new ResultLine(
                    i.lineNo(),
                    i.subject(),
                    i.personName(),
                    i.employerCreditCode(),
                    i.startedOn(),
                    i.eligible(),
                    Yuan.of(i.amount()),
                    Reasons.labels(i.reasonList())));

    private final ClaimLists lists;
    private final TaskService tasks;
    private final Notifications notifications;

    PortalClaims(ClaimLists lists, TaskService tasks, Notifications notifications) {
        this.lists = lists;
        this.tasks = tasks;
        this.notifications = notifications;
    }

    /** A claim for the pages. */
    public record ClaimPage(
            String id,
            Integer year,
            ClaimStatus status,
            String statusLabel,
            BigDecimal totalAmount,
            LocalDateTime submittedAt,
            int lineCount,
            long eligibleCount,
            StepBar stepBar,
            List<ResultLine> lines,
            List<ReviewStep> history,
            LocalDateTime correctionDue) {

        public boolean returned() {
            return status == ClaimStatus.RETURNED;
        }
    }

    @Transactional(readOnly = true)
    public List<ClaimPage> list(String applicantId, Desk desk) {
        return lists.ofApplicant(applicantId, desk.scheme(), SHAPE).stream()
                .map(view -> page(view, desk, null))
                .toList();
    }

    @Transactional(readOnly = true)
    public ClaimPage find(String applicantId, String claimId, Desk desk) {
        ClaimView<Integer, ResultLine> view = lists.own(SHAPE, desk.scheme(), applicantId, claimId);
        LocalDateTime due =
                view.status() == ClaimStatus.RETURNED ? correctionDue(view.processInstanceId(), applicantId) : null;
        return page(view, desk, due);
    }

    public List<Notification> notifications(String userId) {
        List<Notification> all = notifications.forUser(userId, Set.of());
        return all.size() > 20 ? all.subList(0, 20) : all;
    }

    /** The due date of the applicant's correction task (the applicant is its assignee). */
    private LocalDateTime correctionDue(String processInstanceId, String applicantId) {
        Task correction = tasks.createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskAssignee(applicantId)
                .singleResult();
        Date due = correction == null ? null : correction.getDueDate();
        return due == null ? null : LocalDateTime.ofInstant(due.toInstant(), ZoneId.systemDefault());
    }

    static ClaimPage page(ClaimView<Integer, ResultLine> view, Desk desk, LocalDateTime due) {
        return new ClaimPage(
                view.id(),
                view.heading(),
                view.status(),
                view.statusLabel(),
                view.totalAmount(),
                view.submittedAt(),
                view.items().size(),
                view.items().stream().filter(ResultLine::eligible).count(),
                StepBar.of(view.status(), view.history(), desk.countyReview()),
                view.items(),
                view.history(),
                due);
    }
}
