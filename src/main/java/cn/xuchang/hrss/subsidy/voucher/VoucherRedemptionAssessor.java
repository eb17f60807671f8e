package cn.xuchang.hrss.subsidy.voucher;

import cn.xuchang.hrss.subsidy.claim.Claim;
import cn.xuchang.hrss.subsidy.claim.ClaimAssessor;
import cn.xuchang.hrss.subsidy.claim.ClaimItem;
import cn.xuchang.hrss.subsidy.ledger.Quota;
import cn.xuchang.hrss.subsidy.registry.Person;
import cn.xuchang.hrss.subsidy.registry.Registry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Gathers the vouchers, their holders and the redemptions already granted, and applies {@link VoucherEligibility}. */
@Component
class VoucherRedemptionAssessor implements ClaimAssessor {

    private final TrainingVouchers vouchers;
    private final Registry registry;

    VoucherRedemptionAssessor(TrainingVouchers vouchers, Registry registry) {
        this.vouchers = vouchers;
        this.registry = registry;
    }

    @Override
    public Assessment assess(
            Claim claim, List<ClaimItem> submitted, Quota quota, Granted granted, VariableScope variables) {
        List<String> codes = submitted.stream().map(ClaimItem::subject).toList();
        Map<String, TrainingVoucher> found = vouchers.byCode(codes);
        Map<String, String> names = registry
                .persons(found.values().stream().map(TrainingVoucher::idNumber).collect(Collectors.toSet()))
                .values()
                .stream()
                .collect(Collectors.toMap(Person::idNumber, Person::name));
        Set<String> alreadyGranted = granted.among(Set.copyOf(codes));
        List<AssessedItem> items =
                VoucherEligibility.assessRedemption(claim.applicantId(), codes, found, names, alreadyGranted).stream()
                        .map(r -> AssessedItem.of(
                                r.lineNo(),
                                r.code(),
                                r.holderName(),
                                null,
                                null,
                                r.reasons(),
                                r.amount(),
                                r.grantKey()))
                        .toList();
        return new Assessment(items, null);
    }
}
