package cn.xuchang.hrss.subsidy.referral;

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

/** Referral claims from a roster file and the precheck (API.md, "Applicant portal and roster files"). */
@RestController
@RequestMapping("/api/v1/referral-subsidy")
@Tag(name = "职业介绍补贴", description = "人力资源服务机构登记，职业介绍补贴的申请与查询")
class ReferralRosterController {

    private final ReferralClaims referralClaims;
    private final ReferralPrechecks prechecks;
    private final RosterReader rosters;

    ReferralRosterController(ReferralClaims referralClaims, ReferralPrechecks prechecks, RosterReader rosters) {
        this.referralClaims = referralClaims;
        this.prechecks = prechecks;
        this.rosters = rosters;
    }

    @GetMapping("/roster-template.xlsx")
    @Operation(summary = "下载花名册模板（身份证号码、姓名、用人单位统一社会信用代码、入职日期）")
    ResponseEntity<byte[]> template() {
        return RosterTemplates.download(RosterLayout.REFERRAL);
    }

    @PostMapping(path = "/claims", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "以花名册文件（.xlsx）提交申请：部分 file")
    ClaimView<ReferralClaimView.Heading, ReferralClaimView.Item> submitRoster(@RequestPart("file") MultipartFile file) {
        return referralClaims.submit(CurrentUser.get().id(), fromRoster(file));
    }

    @PostMapping(path = "/claims/precheck", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "预审：按现在提交会得到的逐人结果与金额，不保存、不预留")
    ReferralPrechecks.Precheck precheck(@Valid @RequestBody ReferralClaimRequest request) {
        return prechecks.precheck(CurrentUser.get().id(), request);
    }

    @PostMapping(path = "/claims/precheck", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "预审花名册文件（.xlsx）：部分 file")
    ReferralPrechecks.Precheck precheckRoster(@RequestPart("file") MultipartFile file) {
        return prechecks.precheck(CurrentUser.get().id(), fromRoster(file));
    }

    private ReferralClaimRequest fromRoster(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return ReferralPrechecks.request(rosters.read(in, RosterLayout.REFERRAL));
        } catch (IOException e) {
            throw ApiException.badRequest("INVALID_ROSTER", "上传的文件无法读取，请重新上传");
        }
    }
}
