package cn.xuchang.hrss.subsidy.portal;

import cn.xuchang.hrss.subsidy.claim.Claim;
import cn.xuchang.hrss.subsidy.claim.ClaimItem;
import cn.xuchang.hrss.subsidy.claim.ClaimLists;
import cn.xuchang.hrss.subsidy.claim.ClaimStatus;
import cn.xuchang.hrss.subsidy.claim.Claims;
import cn.xuchang.hrss.subsidy.claim.Reasons;
import cn.xuchang.hrss.subsidy.ledger.Yuan;
import cn.xuchang.hrss.subsidy.notification.Notification;
import cn.xuchang.hrss.subsidy.notification.Notifications;
import cn.xuchang.hrss.subsidy.review.ReviewRecord;
import cn.xuchang.hrss.subsidy.review.Reviews;
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
 * The applicant's claims as the portal shows them, read through the same services as the API: the list, one claim
 * (another applicant's is "not found"), its lines with reasons in words, its step bar, the correction deadline of a
 * returned claim (the due date of the applicant's correction task), and the applicant's notifications.
 */
@Service
public class PortalClaims {

    private final Claims claims;
    private final ClaimLists lists;
    private final Reviews reviews;
    private final TaskService tasks;
    private final Notifications notifications;

    PortalClaims(Claims claims, ClaimLists lists, Reviews reviews, TaskService tasks, Notifications notifications) {
        this.claims = claims;
        this.lists = lists;
        this.reviews = reviews;
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
            List<ReviewRecord> history,
            LocalDateTime correctionDue) {

        public boolean returned() {
            return status == ClaimStatus.RETURNED;
        }
    }

    @Transactional(readOnly = true)
    public List<ClaimPage> list(String applicantId, Desk desk) {
        return lists.ofApplicant(
                applicantId, desk.scheme(), (claim, items, decisions) -> page(claim, items, decisions, desk, null));
    }

    @Transactional(readOnly = true)
    public ClaimPage find(String applicantId, String claimId, Desk desk) {
        Claim claim = claims.requireOwn(claimId, desk.scheme(), applicantId);
        LocalDateTime due = claim.status() == ClaimStatus.RETURNED ? correctionDue(claim) : null;
        return page(claim, claims.items(claimId), reviews.ofClaim(claimId), desk, due);
    }

    public List<Notification> notifications(String userId) {
        List<Notification> all = notifications.forUser(userId, Set.of());
        return all.size() > 20 ? all.subList(0, 20) : all;
    }

    private LocalDateTime correctionDue(Claim claim) {
        Task correction = tasks.createTaskQuery()
                .processInstanceId(claim.processInstanceId())
                .taskAssignee(claim.applicantId())
                .singleResult();
        Date due = correction == null ? null : correction.getDueDate();
        return due == null ? null : LocalDateTime.ofInstant(due.toInstant(), ZoneId.systemDefault());
    }

    static ClaimPage page(
            Claim claim, List<ClaimItem> items, List<ReviewRecord> history, Desk desk, LocalDateTime due) {
        List<ResultLine> lines = items.stream()
                .map(i -> new ResultLine(
                        i.lineNo(),
                        i.subject(),
                        i.personName(),
                        i.employerCreditCode(),
                        i.startedOn(),
                        i.eligible(),
                        Yuan.of(i.amount()),
                        Reasons.labels(i.reasonList())))
                .toList();
        return new ClaimPage(
                claim.id(),
                claim.claimYear(),
                claim.status(),
                claim.status().label(),
                Yuan.of(claim.totalAmount()),
                claim.submittedAt(),
                items.size(),
                items.stream().filter(ClaimItem::eligible).count(),
                StepBar.of(claim.status(), history, desk.countyReview()),
                lines,
                history,
                due);
    }
}
