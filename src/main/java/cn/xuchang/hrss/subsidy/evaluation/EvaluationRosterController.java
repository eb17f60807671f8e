package cn.xuchang.hrss.subsidy.evaluation;

import cn.xuchang.hrss.subsidy.claim.ClaimView;
import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.CurrentUser;
import cn.xuchang.hrss.subsidy.roster.RosterLayout;
import cn.xuchang.hrss.subsidy.roster.RosterReader;
import cn.xuchang.hrss.subsidy.roster.RosterTemplates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Evaluation claims from a roster file and the precheck (API.md, "Applicant portal and roster files"). */
@RestController
@RequestMapping("/api/v1/evaluation-subsidy")
@Tag(name = "技能评价补贴", description = "目录内评价机构按所颁发证书申请评价补贴")
class EvaluationRosterController {

    private final EvaluationClaims evaluationClaims;
    private final EvaluationPrechecks prechecks;
    private final RosterReader rosters;

    EvaluationRosterController(EvaluationClaims evaluationClaims, EvaluationPrechecks prechecks, RosterReader rosters) {
        this.evaluationClaims = evaluationClaims;
        this.prechecks = prechecks;
        this.rosters = rosters;
    }

    @GetMapping("/roster-template.xlsx")
    @Operation(summary = "下载证书清单模板（证书编号）")
    ResponseEntity<byte[]> template() {
        return RosterTemplates.download(RosterLayout.EVALUATION);
    }

    @PostMapping(path = "/claims", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "以花名册文件（.xlsx）提交申请：部分 file")
    ClaimView<EvaluationClaimView.Heading, EvaluationClaimView.Item> submitRoster(
            @RequestPart("file") MultipartFile file) {
        return evaluationClaims.submit(CurrentUser.get().id(), fromRoster(file));
    }

    @PostMapping(path = "/claims/precheck", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "预审：按现在提交会得到的逐证结果与金额，不保存、不预留")
    EvaluationPrechecks.Precheck precheck(@Valid @RequestBody EvaluationClaimRequest request) {
        return prechecks.precheck(CurrentUser.get().id(), request);
    }

    @PostMapping(path = "/claims/precheck", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "预审花名册文件（.xlsx）：部分 file")
    EvaluationPrechecks.Precheck precheckRoster(@RequestPart("file") MultipartFile file) {
        return prechecks.precheck(CurrentUser.get().id(), fromRoster(file));
    }

    private EvaluationClaimRequest fromRoster(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return EvaluationPrechecks.request(rosters.read(in, RosterLayout.EVALUATION));
        } catch (IOException e) {
            throw ApiException.badRequest("INVALID_ROSTER", "上传的文件无法读取，请重新上传");
        }
    }
}
