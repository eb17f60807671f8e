package cn.xuchang.hrss.subsidy.evaluation;

import cn.xuchang.hrss.subsidy.claim.ClaimView;
import cn.xuchang.hrss.subsidy.system.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/evaluation-subsidy/claims")
@Tag(name = "技能评价补贴", description = "目录内评价机构按所颁发证书申请评价补贴")
class EvaluationClaimController {

    private final EvaluationClaims evaluationClaims;

    EvaluationClaimController(EvaluationClaims evaluationClaims) {
        this.evaluationClaims = evaluationClaims;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提交评价补贴申请：逐证校验、预留补贴并进入市级审核")
    ClaimView<EvaluationClaimView.Heading, EvaluationClaimView.Item> submit(
            @Valid @RequestBody EvaluationClaimRequest request) {
        return evaluationClaims.submit(CurrentUser.get().id(), request);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改被退回补正的申请并重新提交（重新校验后回到市级审核）")
    ClaimView<EvaluationClaimView.Heading, EvaluationClaimView.Item> correct(
            @PathVariable String id, @Valid @RequestBody EvaluationClaimRequest request) {
        return evaluationClaims.correct(CurrentUser.get().id(), id, request);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看本机构的一项申请（他机构的申请返回 404）")
    ClaimView<EvaluationClaimView.Heading, EvaluationClaimView.Item> find(@PathVariable String id) {
        return evaluationClaims.find(CurrentUser.get().id(), id);
    }

    @GetMapping
    @Operation(summary = "本机构的全部评价补贴申请，最新的在前")
    List<ClaimView<EvaluationClaimView.Heading, EvaluationClaimView.Item>> list() {
        return evaluationClaims.list(CurrentUser.get().id());
    }
}
