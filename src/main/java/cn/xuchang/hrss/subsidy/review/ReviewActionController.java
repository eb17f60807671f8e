package cn.xuchang.hrss.subsidy.review;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.CurrentUser;
import cn.xuchang.hrss.subsidy.kernel.Groups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "审核操作", description = "转交、抄送、加签会审、退回上一环节、撤回本人审核意见；审核工作量")
class ReviewActionController {

    private final ReviewActions actions;
    private final Workload workload;
    private final IdentityService identity;

    ReviewActionController(ReviewActions actions, Workload workload, IdentityService identity) {
        this.actions = actions;
        this.workload = workload;
        this.identity = identity;
    }

    record ToUser(
            @NotBlank(message = "不能为空") String userId, @Size(max = 1000, message = "不能超过 1000 个字") String comment) {}

    record Reason(@Size(max = 1000, message = "不能超过 1000 个字") String comment) {}

    @PostMapping("/review-tasks/{taskId}/transfer")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "把任务转交给同一审核组的另一名审核人员")
    void transfer(@PathVariable String taskId, @Valid @RequestBody ToUser body) {
        actions.transfer(reviewer(), taskId, body.userId(), body.comment());
    }

    @PostMapping("/review-tasks/{taskId}/carbon-copies")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "抄送：被抄送人可以查看任务和申请，但不能办理")
    void carbonCopy(@PathVariable String taskId, @Valid @RequestBody ToUser body) {
        actions.carbonCopy(reviewer(), taskId, body.userId(), body.comment());
    }

    @PostMapping("/review-tasks/{taskId}/co-reviewers")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "加签：增加一名可以办理该任务的会审人员")
    void addCoReviewer(@PathVariable String taskId, @Valid @RequestBody ToUser body) {
        actions.addCoReviewer(reviewer(), taskId, body.userId(), body.comment());
    }

    @PostMapping("/review-tasks/{taskId}/return-to-previous")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "退回上一审核环节（交回作出上一环节决定的审核人员），须说明理由")
    void returnToPrevious(@PathVariable String taskId, @Valid @RequestBody Reason body) {
        actions.returnToPrevious(reviewer(), taskId, body.comment());
    }

    @PostMapping("/claims/{claimId}/withdraw-approval")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "撤回本人的审核通过决定（下一环节尚未办理时），须说明理由")
    void withdrawApproval(@PathVariable String claimId, @Valid @RequestBody Reason body) {
        actions.withdrawApproval(reviewer(), claimId, body.comment());
    }

    @GetMapping("/workload")
    @Operation(summary = "审核工作量：各审核组及其人员的待办与超期任务数（管理员看全部，审核人员看本组）")
    List<Workload.GroupLoad> workload() {
        CurrentUser user = CurrentUser.get();
        if (!user.isAdmin() && !user.isReviewer()) {
            throw ApiException.forbidden("只有审核人员和管理员可以查看审核工作量");
        }
        Stream<String> groups =
                user.isAdmin() ? identity.createGroupQuery().list().stream().map(Group::getId) : user.groups().stream();
        return workload.of(groups.filter(Groups::isReviewerGroup).sorted().toList());
    }

    private static CurrentUser reviewer() {
        CurrentUser user = CurrentUser.get();
        if (!user.isReviewer() && !user.isAdmin()) {
            throw ApiException.forbidden("只有审核人员可以进行审核操作");
        }
        return user;
    }
}
