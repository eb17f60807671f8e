package cn.xuchang.hrss.subsidy.portal;

import cn.xuchang.hrss.subsidy.claim.ClaimPrechecks;
import cn.xuchang.hrss.subsidy.hiring.HiringClaimRequest;
import cn.xuchang.hrss.subsidy.hiring.HiringClaimView;
import cn.xuchang.hrss.subsidy.hiring.HiringClaims;
import cn.xuchang.hrss.subsidy.hiring.HiringOffers;
import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.CurrentUser;
import cn.xuchang.hrss.subsidy.ledger.Scheme;
import cn.xuchang.hrss.subsidy.receipt.Receipts;
import cn.xuchang.hrss.subsidy.roster.RosterLayout;
import cn.xuchang.hrss.subsidy.roster.RosterReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The enterprise's pages: hiring-subsidy claims, its quota, and the hires offered without applying (免申即享). */
@Controller
@RequestMapping("/portal/enterprise")
class EnterprisePortalController extends ClaimPages<HiringClaimRequest, HiringClaimView.Heading, HiringClaimView.Item> {

    static final Desk DESK = new Desk("/portal/enterprise", "企业", Scheme.HIRING, RosterLayout.HIRING, true, true);

    private final HiringClaims hiringClaims;
    private final HiringOffers offers;

    EnterprisePortalController(
            PortalClaims portalClaims,
            RosterReader rosters,
            Receipts receipts,
            HiringClaims hiringClaims,
            ClaimPrechecks prechecks,
            HiringOffers offers) {
        super(portalClaims, rosters, receipts, hiringClaims, prechecks);
        this.hiringClaims = hiringClaims;
        this.offers = offers;
    }

    @Override
    Desk desk() {
        return DESK;
    }

    @Override
    void dashboard(String applicantId, Model model) {
        Map<String, Object> quota = hiringClaims.quota(applicantId);
        model.addAttribute("quota", quota);
        BigDecimal cap = (BigDecimal) quota.get("cap");
        if (cap.signum() > 0) {
            model.addAttribute("paidShare", share((BigDecimal) quota.get("paid"), cap));
            model.addAttribute("reservedShare", share((BigDecimal) quota.get("reserved"), cap));
        }
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, java.math.RoundingMode.HALF_UP);
    }

    @GetMapping("/offers")
    String offers(@RequestParam(required = false) Integer year, Model model) {
        int asked = year == null ? LocalDate.now().getYear() - 1 : year;
        HiringOffers.Offers offers = this.offers.offers(CurrentUser.get().id(), asked);
        LinesForm form = new LinesForm();
        form.setYear(asked);
        offers.items()
                .forEach(offer -> form.getLines().add(new PortalLine(offer.idNumber(), null, null, offer.hiredOn())));
        model.addAttribute("offers", offers);
        model.addAttribute("form", form);
        return "portal/offers";
    }

    @Override
    ResultLine line(HiringClaimView.Item item) {
        return new ResultLine(
                0,
                item.idNumber(),
                item.name(),
                null,
                item.hiredOn(),
                item.eligible(),
                item.amount(),
                cn.xuchang.hrss.subsidy.claim.Reasons.labels(item.reasons()));
    }

    @Override
    HiringClaimRequest request(LinesForm form) {
        if (form.getYear() == null) {
            throw ApiException.badRequest("INVALID_YEAR", "请选择申报年度");
        }
        List<HiringClaimRequest.HireRequest> hires = form.getLines().stream()
                .map(line -> {
                    if (line.getIdNumber() == null || line.getIdNumber().isBlank() || line.getDate() == null) {
                        throw ApiException.badRequest("INVALID_REQUEST", "每一行都要填写身份证号码和入职日期");
                    }
                    return new HiringClaimRequest.HireRequest(line.getIdNumber(), line.getDate());
                })
                .toList();
        if (hires.isEmpty()) {
            throw ApiException.badRequest("INVALID_REQUEST", "至少列出一名招用人员");
        }
        return new HiringClaimRequest(form.getYear(), hires);
    }
}
