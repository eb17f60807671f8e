package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xuchang.hrss.subsidy.kernel.EngineRefusal;
import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Attachment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * API.md, the trust boundary: comments and attachments only on tasks the user may work on, by task id and by process
 * instance id, reading and writing. The engine's own comment and attachment commands check nothing; whoever knew an id
 * read another county's files.
 */
class CommentsAndAttachmentsSecurityIT extends ApiIntegrationTest {

    private static final LocalDate HIRED = LocalDate.of(2025, 7, 7);

    @Autowired
    private TaskService tasks;

    private String instance;
    private String task;
    private String attachment;

    @BeforeEach
    void weiduTaskWithAnAttachment() {
        String enterprise = enterprise("SMALL", WEIDU);
        Response submitted = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, HIRED), HIRED));
        instance = submitted.text("processInstanceId");
        task = taskOf(COUNTY_WEIDU, submitted.text("id"), "user_county_review");
        attachment = tasks.createAttachment("url", task, instance, "社保缴费证明", "县区核查材料", "https://example.org/proof.pdf")
                .getId();
    }

    @AfterEach
    void noEngineUser() {
        identity.clearAuthentication();
    }

    @Test
    void shouldKeepAnotherCountyFromAnAttachmentWhoseIdItKnows() {
        String path = "/engine-rest/task/" + task + "/attachment/" + attachment;

        Response other = as(COUNTY_JIANAN).get(path);
        Response content = as(COUNTY_JIANAN).get(path + "/data", "*/*");
        Response own = as(COUNTY_WEIDU).get(path);

        assertThat(other.status()).as(other.toString()).isEqualTo(404);
        assertThat(other.code()).isEqualTo("TASK_NOT_FOUND");
        assertThat(other.body().toString()).doesNotContain("社保缴费证明");
        assertThat(content.status()).as(content.toString()).isEqualTo(404);
        assertThat(content.code()).isEqualTo("TASK_NOT_FOUND");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.text("name")).isEqualTo("社保缴费证明");
    }

    @Test
    void shouldLetTheTasksReviewerCommentAndNoOtherCounty() {
        Response own =
                as(COUNTY_WEIDU).post("/engine-rest/task/" + task + "/comment/create", Map.of("message", "请补充劳动合同"));
        Response other =
                as(COUNTY_JIANAN).post("/engine-rest/task/" + task + "/comment/create", Map.of("message", "越权评论"));
        Response otherReads = as(COUNTY_JIANAN).get("/engine-rest/process-instance/" + instance + "/comment");

        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(other.status()).as(other.toString()).isIn(400, 404);
        assertThat(other.body().toString()).doesNotContain("越权评论");
        assertThat(otherReads.status()).isEqualTo(404);
        assertThat(otherReads.body().toString()).doesNotContain("请补充劳动合同");
        assertThat(tasks.getTaskComments(task))
                .extracting(c -> c.getFullMessage())
                .containsExactly("请补充劳动合同");
    }

    @Test
    void shouldRefuseInsideTheEngineWhateverThePath() {
        identity.setAuthentication(COUNTY_JIANAN, List.of(Groups.countyReviewer(JIANAN)));

        assertRefused(() -> tasks.getTaskComments(task));
        assertRefused(() -> tasks.getProcessInstanceComments(instance));
        assertRefused(() -> tasks.createComment(task, instance, "越权评论"));
        assertRefused(() -> tasks.createComment(null, instance, "越权评论"));
        assertRefused(() -> tasks.getTaskAttachments(task));
        assertRefused(() -> tasks.getProcessInstanceAttachments(instance));
        assertRefused(() -> tasks.getAttachment(attachment));
        assertRefused(() -> tasks.getAttachmentContent(attachment));
        assertRefused(() -> tasks.createAttachment("url", task, instance, "伪造材料", "", "https://example.org/x"));

        identity.setAuthentication(COUNTY_WEIDU, List.of(Groups.countyReviewer(WEIDU)));
        List<Attachment> own = tasks.getTaskAttachments(task);
        identity.clearAuthentication();
        assertThat(own).extracting(Attachment::getName).containsExactly("社保缴费证明");
        assertThat(tasks.getProcessInstanceComments(instance)).isEmpty();
    }

    @Test
    void shouldKeepACarbonCopyReaderWhoMayReadTheTaskFromItsComments() {
        String reader = "it-comments-expert";
        user(reader, Groups.EXPERT);
        assertThat(as(COUNTY_WEIDU)
                        .post("/api/v1/review-tasks/" + task + "/carbon-copies", Map.of("userId", reader))
                        .status())
                .isEqualTo(204);
        assertThat(as(reader).get("/engine-rest/task/" + task).status()).isEqualTo(200);

        Response attachmentRead = as(reader).get("/engine-rest/task/" + task + "/attachment/" + attachment);

        assertThat(attachmentRead.status()).isEqualTo(404);
        assertThat(attachmentRead.code()).isEqualTo("TASK_NOT_FOUND");
        identity.setAuthentication(reader, List.of(Groups.EXPERT));
        assertRefused(() -> tasks.getTaskComments(task));
    }

    private static void assertRefused(Runnable call) {
        assertThatThrownBy(call::run)
                .isInstanceOf(EngineRefusal.class)
                .satisfies(e -> assertThat(((EngineRefusal) e).code()).isEqualTo("TASK_NOT_FOUND"));
    }
}
