package cn.xuchang.hrss.subsidy.hiring;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Hiring claims from a roster file, the precheck and the offers (API.md, "Applicant portal and roster files"). */
@RestController
@RequestMapping("/api/v1/hiring-subsidy")
@Tag(name = "吸纳就业补助", description = "中小微企业吸纳持证人员就业补助的申请与查询")
class HiringRosterController {

    private final HiringClaims hiringClaims;
    private final HiringPrechecks prechecks;
    private final RosterReader rosters;

    HiringRosterController(HiringClaims hiringClaims, HiringPrechecks prechecks, RosterReader rosters) {
        this.hiringClaims = hiringClaims;
        this.prechecks = prechecks;
        this.rosters = rosters;
    }

    @GetMapping("/roster-template.xlsx")
    @Operation(summary = "下载花名册模板（身份证号码、姓名、入职日期）")
    ResponseEntity<byte[]> template() {
        return RosterTemplates.download(RosterLayout.HIRING);
    }

    @PostMapping(path = "/claims", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "以花名册文件（.xlsx）提交申请：部分 year 与 file")
    ClaimView<HiringClaimView.Heading, HiringClaimView.Item> submitRoster(
            @RequestParam Integer year, @RequestPart("file") MultipartFile file) {
        return hiringClaims.submit(CurrentUser.get().id(), fromRoster(year, file));
    }

    @PostMapping(path = "/claims/precheck", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "预审：按现在提交会得到的逐人结果与金额，不保存、不预留")
    HiringPrechecks.Precheck precheck(@Valid @RequestBody HiringClaimRequest request) {
        return prechecks.precheck(CurrentUser.get().id(), request);
    }

    @PostMapping(path = "/claims/precheck", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "预审花名册文件（.xlsx）：部分 year 与 file")
    HiringPrechecks.Precheck precheckRoster(@RequestParam Integer year, @RequestPart("file") MultipartFile file) {
        return prechecks.precheck(CurrentUser.get().id(), fromRoster(year, file));
    }

    @GetMapping("/offers")
    @Operation(summary = "免申即享：登记信息显示符合条件、尚未被任何单位申领的本年度新招用人员")
    HiringPrechecks.Offers offers(@RequestParam int year) {
        return prechecks.offers(CurrentUser.get().id(), year);
    }

    private HiringClaimRequest fromRoster(Integer year, MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return HiringPrechecks.request(year, rosters.read(in, RosterLayout.HIRING));
        } catch (IOException e) {
            throw ApiException.badRequest("INVALID_ROSTER", "上传的文件无法读取，请重新上传");
        }
    }
}
