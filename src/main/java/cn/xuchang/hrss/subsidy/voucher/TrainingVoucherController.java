package cn.xuchang.hrss.subsidy.voucher;

import cn.xuchang.hrss.subsidy.kernel.CurrentUser;
import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.voucher.VoucherRequests.CompletionRequest;
import cn.xuchang.hrss.subsidy.voucher.VoucherRequests.EnrolmentRequest;
import cn.xuchang.hrss.subsidy.voucher.VoucherRequests.IssueRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Training vouchers (API.md, Workers, training vouchers and the e-file); the roles are checked by SecurityConfig. */
@RestController
@RequestMapping("/api/v1/training-vouchers")
@Tag(name = "职业培训券", description = "劳动者申领培训券，培训机构报名、登记结业；取证后由培训机构申请兑现")
class TrainingVoucherController {

    private final TrainingVouchers vouchers;

    TrainingVoucherController(TrainingVouchers vouchers) {
        this.vouchers = vouchers;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "劳动者为本人申领培训券（实名制）")
    VoucherView issue(@Valid @RequestBody IssueRequest request) {
        return vouchers.issue(CurrentUser.get().id(), request);
    }

    @PostMapping("/{code}/enrolment")
    @Operation(summary = "培训机构为持券人本人报名")
    VoucherView enrol(@PathVariable String code, @Valid @RequestBody EnrolmentRequest request) {
        return vouchers.enrol(CurrentUser.get().id(), code, request.idNumber());
    }

    @PostMapping("/{code}/completion")
    @Operation(summary = "报名机构登记培训结业（学时、结业日期）")
    VoucherView complete(@PathVariable String code, @Valid @RequestBody CompletionRequest request) {
        return vouchers.complete(CurrentUser.get().id(), code, request);
    }

    @GetMapping
    @Operation(summary = "劳动者：本人的培训券；培训机构：在本机构报名的培训券")
    List<VoucherView> list() {
        CurrentUser user = CurrentUser.get();
        return user.isIn(Groups.WORKER) ? vouchers.mine(user.id()) : vouchers.forInstitution(user.id());
    }

    @GetMapping("/{code}")
    @Operation(summary = "一张培训券（持券人、报名机构、审核人员；其他人返回 404）")
    VoucherView find(@PathVariable String code) {
        return vouchers.find(CurrentUser.get(), code);
    }
}
