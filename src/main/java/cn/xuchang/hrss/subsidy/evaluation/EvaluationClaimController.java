package cn.xuchang.hrss.subsidy.evaluation;

import cn.xuchang.hrss.subsidy.claim.ClaimEndpoints;
import cn.xuchang.hrss.subsidy.claim.ClaimPrechecks;
import cn.xuchang.hrss.subsidy.roster.RosterReader;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The evaluation-subsidy claims of the logged-in institution (API.md, Evaluation subsidy). */
@RestController
@RequestMapping("/api/v1/evaluation-subsidy/claims")
@Tag(name = "技能评价补贴", description = "目录内评价机构按所颁发证书申请评价补贴")
class EvaluationClaimController
        extends ClaimEndpoints<EvaluationClaimRequest, EvaluationClaimView.Heading, EvaluationClaimView.Item> {

    EvaluationClaimController(EvaluationClaims claims, ClaimPrechecks prechecks, RosterReader rosters) {
        super(claims, prechecks, rosters);
    }
}
