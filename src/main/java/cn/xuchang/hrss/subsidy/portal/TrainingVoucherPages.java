package cn.xuchang.hrss.subsidy.portal;

import cn.xuchang.hrss.subsidy.claim.ClaimView;
import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.CurrentUser;
import cn.xuchang.hrss.subsidy.voucher.TrainingVouchers;
import cn.xuchang.hrss.subsidy.voucher.VoucherRedemptionView;
import cn.xuchang.hrss.subsidy.voucher.VoucherRedemptions;
import cn.xuchang.hrss.subsidy.voucher.VoucherRequests.CompletionRequest;
import cn.xuchang.hrss.subsidy.voucher.VoucherRequests.RedemptionRequest;
import cn.xuchang.hrss.subsidy.voucher.VoucherView;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A training institution's vouchers (培训券): enrol a holder by voucher code and ID number (实名制), record the completed
 * training, and redeem the certified vouchers as one claim (以证换券) that the city reviews. The same services as
 * {@code /api/v1/training-vouchers}; every rule and refusal is theirs.
 */
@Controller
@RequestMapping("/portal/institution/vouchers")
class TrainingVoucherPages {

    private final TrainingVouchers vouchers;
    private final VoucherRedemptions redemptions;

    TrainingVoucherPages(TrainingVouchers vouchers, VoucherRedemptions redemptions) {
        this.vouchers = vouchers;
        this.redemptions = redemptions;
    }

    @GetMapping
    String list(Model model) {
        String me = CurrentUser.get().id();
        List<VoucherView> enrolled = vouchers.forInstitution(me);
        model.addAttribute("vouchers", enrolled);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("redemptions", redemptions.list(me));
        return "portal/institution-vouchers";
    }

    @PostMapping("/enrolment")
    String enrol(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String idNumber,
            RedirectAttributes redirect) {
        if (code == null || code.isBlank() || idNumber == null || idNumber.isBlank()) {
            throw ApiException.badRequest("INVALID_REQUEST", "请填写培训券编号和持券人身份证号码");
        }
        VoucherView voucher = vouchers.enrol(CurrentUser.get().id(), code, idNumber);
        redirect.addFlashAttribute(
                "notice",
                voucher.holderName() + " 已凭培训券 " + voucher.code() + " 报名 " + voucher.occupation() + " · "
                        + voucher.levelLabel() + " 培训。");
        return "redirect:/portal/institution/vouchers";
    }

    @PostMapping("/{code}/completion")
    String complete(
            @PathVariable String code,
            @RequestParam(required = false) Integer hours,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
            RedirectAttributes redirect) {
        if (hours == null || completedOn == null) {
            throw ApiException.badRequest("INVALID_REQUEST", "请填写培训学时和结业日期");
        }
        VoucherView voucher =
                vouchers.complete(CurrentUser.get().id(), code, new CompletionRequest(hours, completedOn));
        redirect.addFlashAttribute("notice", voucher.holderName() + " 的培训已结业（" + voucher.hours() + " 学时），取得证书后即可申请兑现。");
        return "redirect:/portal/institution/vouchers";
    }

    @PostMapping("/redemptions")
    String redeem(@RequestParam(name = "codes", required = false) List<String> codes, RedirectAttributes redirect) {
        if (codes == null || codes.isEmpty()) {
            throw ApiException.badRequest("INVALID_REQUEST", "请至少勾选一张已取证的培训券");
        }
        ClaimView<VoucherRedemptionView.Heading, VoucherRedemptionView.Item> claim =
                redemptions.submit(CurrentUser.get().id(), new RedemptionRequest(codes));
        redirect.addFlashAttribute(
                "notice", "兑现申请已提交（" + claim.statusLabel() + "），可兑现金额 " + claim.totalAmount() + " 元，等待市人社局审核。");
        return "redirect:/portal/institution/vouchers";
    }
}
