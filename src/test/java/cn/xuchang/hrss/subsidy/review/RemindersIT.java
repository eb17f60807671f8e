package cn.xuchang.hrss.subsidy.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** A task near its due date reminds its group and the level above, once, stored and by e-mail (local SMTP server). */
@TestPropertySource(
        properties = {
            "skill-subsidy.mail.enabled=true",
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3025",
            "skill-subsidy.reminders.due-soon=PT48H"
        })
class RemindersIT extends ApiIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Reminders reminders;

    @Autowired
    TaskService tasks;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldRemindTheGroupAndTheLevelAboveOnceWhenTheDueDateIsNear() throws Exception {
        User reviewer = identity.createUserQuery().userId(COUNTY_WEIDU).singleResult();
        reviewer.setEmail("weidu-reviewer@example.test");
        identity.saveUser(reviewer);
        String enterprise = enterprise("SMALL", WEIDU);
        LocalDate hired = LocalDate.of(2025, 6, 2);
        String claimId = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, hired), hired))
                .text("id");
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(claimId).singleResult();

        int early = reminders.remindDueSoon();
        assertThat(messagesFor(claimId)).isZero();
        ClockUtil.setCurrentTime(new Date(task.getDueDate().getTime() - 24 * 3600 * 1000L));
        int reminded = reminders.remindDueSoon();
        int again = reminders.remindDueSoon();

        assertThat(early).isGreaterThanOrEqualTo(0);
        assertThat(reminded).isPositive();
        assertThat(again).isZero();
        assertThat(as(COUNTY_WEIDU).get("/api/v1/notifications").body().findValuesAsText("kind"))
                .contains("DUE_SOON");
        assertThat(as(CITY).get("/api/v1/notifications").body().findValuesAsText("message"))
                .anySatisfy(m -> assertThat(m).startsWith("（督办）").contains(claimId));
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentTo(m, "weidu-reviewer@example.test")))
                .anySatisfy(m -> assertThat(subject(m)).contains("即将到期"));
    }

    private int messagesFor(String claimId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification WHERE claim_id = ? AND kind = 'DUE_SOON'", Integer.class, claimId);
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(r -> r.toString().contains(address));
        } catch (Exception e) {
            return false;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
