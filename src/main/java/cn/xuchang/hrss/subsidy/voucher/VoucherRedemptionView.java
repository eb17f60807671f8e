package cn.xuchang.hrss.subsidy.voucher;

import cn.xuchang.hrss.subsidy.claim.ClaimView;
import cn.xuchang.hrss.subsidy.ledger.Yuan;
import java.math.BigDecimal;
import java.util.List;

/** What a redemption claim shows beyond the shared view: the training institution, and per voucher code the outcome. */
public final class VoucherRedemptionView {

    public record Heading(String institutionCreditCode, String institutionName) {}

    public record Item(String code, String name, boolean eligible, BigDecimal amount, List<String> reasons) {}

    static final ClaimView.Shape<Heading, Item> SHAPE = new ClaimView.Shape<>(
            claim -> new Heading(claim.applicantId(), claim.applicantName()),
            i -> new Item(i.subject(), i.personName(), i.eligible(), Yuan.of(i.amount()), i.reasonList()));

    private VoucherRedemptionView() {}
}
