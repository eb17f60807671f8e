package cn.xuchang.hrss.subsidy.portal;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.CurrentUser;
import cn.xuchang.hrss.subsidy.occupation.Occupations;
import cn.xuchang.hrss.subsidy.registry.SkillLevel;
import cn.xuchang.hrss.subsidy.voucher.TrainingVoucherStatus;
import cn.xuchang.hrss.subsidy.voucher.TrainingVouchers;
import cn.xuchang.hrss.subsidy.voucher.VoucherRequests.IssueRequest;
import cn.xuchang.hrss.subsidy.voucher.VoucherView;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The worker's training vouchers (我的培训券): take one for an occupation and level, follow it from issue to redemption,
 * and see the training institutions listed to train for it. The same {@link TrainingVouchers} as
 * {@code /api/v1/training-vouchers}; every rule and refusal is the service's.
 */
@Controller
@RequestMapping("/portal/worker/vouchers")
class WorkerVoucherPages {

    private final TrainingVouchers vouchers;
    private final Occupations occupations;

    WorkerVoucherPages(TrainingVouchers vouchers, Occupations occupations) {
        this.vouchers = vouchers;
        this.occupations = occupations;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("vouchers", vouchers.mine(CurrentUser.get().id()));
        model.addAttribute("catalogue", occupations.all());
        model.addAttribute("levels", SkillLevel.values());
        return "portal/worker-vouchers";
    }

    @PostMapping
    String take(
            @RequestParam(required = false) String occupation,
            @RequestParam(required = false) String level,
            RedirectAttributes redirect) {
        VoucherView voucher = vouchers.issue(CurrentUser.get().id(), new IssueRequest(occupation, levelOf(level)));
        redirect.addFlashAttribute(
                "notice",
                "已领取培训券 " + voucher.code() + "：" + voucher.occupation() + " · " + voucher.levelLabel() + "，面值 "
                        + voucher.faceValue() + " 元，请在 " + voucher.expiresOn() + " 前到下列培训机构报名。");
        return "redirect:/portal/worker/vouchers/" + voucher.code();
    }

    @GetMapping("/{code}")
    String one(@PathVariable String code, Model model) {
        CurrentUser me = CurrentUser.get();
        VoucherView voucher = vouchers.find(me, code);
        model.addAttribute("voucher", voucher);
        model.addAttribute("steps", steps(voucher.status()));
        model.addAttribute("institutions", vouchers.institutionsFor(me.id(), voucher.code()));
        return "portal/worker-voucher";
    }

    /** Where a voucher stands, drawn as 领券 → 报名培训 → 结业 → 取证 → 兑现; a lapsed or expired voucher stops there. */
    static StepBar steps(TrainingVoucherStatus status) {
        List<String> names = List.of("领券", "报名培训", "培训结业", "取得证书", "兑现");
        int reached =
                switch (status) {
                    case ISSUED, EXPIRED -> 0;
                    case ENROLLED -> 1;
                    case TRAINED, LAPSED -> 2;
                    case CERTIFIED -> 3;
                    case REDEEMED -> 4;
                };
        boolean stopped = status == TrainingVoucherStatus.EXPIRED || status == TrainingVoucherStatus.LAPSED;
        List<StepBar.Step> steps = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String state = i < reached || (i == reached && status == TrainingVoucherStatus.REDEEMED)
                    ? "done"
                    : i == reached ? (stopped ? "stopped" : "current") : "todo";
            steps.add(new StepBar.Step(names.get(i), state));
        }
        return new StepBar(steps, stopped ? status.label() : null);
    }

    static SkillLevel levelOf(String level) {
        try {
            return SkillLevel.valueOf(level);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.badRequest("INVALID_REQUEST", "请从列表中选择技能等级");
        }
    }
}
