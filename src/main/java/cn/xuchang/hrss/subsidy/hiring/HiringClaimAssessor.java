package cn.xuchang.hrss.subsidy.hiring;

import cn.xuchang.hrss.subsidy.claim.Claim;
import cn.xuchang.hrss.subsidy.claim.ClaimAssessor;
import cn.xuchang.hrss.subsidy.claim.ClaimItem;
import cn.xuchang.hrss.subsidy.hiring.HiringEligibility.Facts;
import cn.xuchang.hrss.subsidy.hiring.HiringEligibility.Hire;
import cn.xuchang.hrss.subsidy.hiring.HiringEligibility.Result;
import cn.xuchang.hrss.subsidy.hiring.HiringEligibility.Standard;
import cn.xuchang.hrss.subsidy.ledger.Quota;
import cn.xuchang.hrss.subsidy.registry.IdNumber;
import cn.xuchang.hrss.subsidy.registry.Registry;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Gathers the registry facts for a hiring claim in a handful of queries and applies {@link HiringEligibility}. */
@Component
class HiringClaimAssessor implements ClaimAssessor {

    private final Registry registry;
    private final HiringStandards standards;

    HiringClaimAssessor(Registry registry, HiringStandards standards) {
        this.registry = registry;
        this.standards = standards;
    }

    @Override
    public Assessment assess(
            Claim claim, List<ClaimItem> submitted, Quota quota, Granted granted, VariableScope variables) {
        Set<String> ids = submitted.stream()
                .map(item -> IdNumber.normalize(item.subject()))
                .filter(IdNumber::isValid)
                .collect(Collectors.toSet());
        Facts facts =
                new Facts(registry.holders(ids), registry.monthsPaidBy(claim.applicantId(), ids), granted.among(ids));
        Standard standard = standards.of(variables);
        List<Hire> hires = submitted.stream()
                .map(item -> new Hire(item.lineNo(), item.subject(), item.startedOn()))
                .toList();
        List<Result> results = HiringEligibility.assess(claim.claimYear(), hires, facts, standard, quota.used());
        return new Assessment(results.stream().map(HiringClaimAssessor::toItem).toList(), standard.cap());
    }

    private static AssessedItem toItem(Result r) {
        return AssessedItem.of(
                r.lineNo(), r.idNumber(), r.name(), null, r.hiredOn(), r.reasons(), r.amount(), r.idNumber());
    }
}
