package cn.xuchang.hrss.subsidy.referral;

import cn.xuchang.hrss.subsidy.claim.Claim;
import cn.xuchang.hrss.subsidy.claim.ClaimAssessor;
import cn.xuchang.hrss.subsidy.claim.ClaimItem;
import cn.xuchang.hrss.subsidy.claim.ClaimVariables;
import cn.xuchang.hrss.subsidy.claim.DecisionTables;
import cn.xuchang.hrss.subsidy.ledger.Quota;
import cn.xuchang.hrss.subsidy.referral.ReferralEligibility.Facts;
import cn.xuchang.hrss.subsidy.referral.ReferralEligibility.Placement;
import cn.xuchang.hrss.subsidy.referral.ReferralEligibility.Result;
import cn.xuchang.hrss.subsidy.registry.CertificateHolder;
import cn.xuchang.hrss.subsidy.registry.IdNumber;
import cn.xuchang.hrss.subsidy.registry.Registry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Gathers the registry facts for a referral claim in a handful of queries and applies {@link ReferralEligibility}. */
@Component
class ReferralClaimAssessor implements ClaimAssessor {

    private final Registry registry;
    private final Agencies agencies;
    private final DecisionTables tables;

    ReferralClaimAssessor(Registry registry, Agencies agencies, DecisionTables tables) {
        this.registry = registry;
        this.agencies = agencies;
        this.tables = tables;
    }

    @Override
    public Assessment assess(
            Claim claim, List<ClaimItem> submitted, Quota quota, Granted granted, VariableScope variables) {
        Set<String> ids = submitted.stream()
                .map(item -> IdNumber.normalize(item.subject()))
                .filter(IdNumber::isValid)
                .collect(Collectors.toSet());
        Set<String> employers = submitted.stream()
                .map(ClaimItem::employerCreditCode)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, CertificateHolder> persons = registry.holders(ids);
        Agency agency = agencies.find(claim.applicantId());
        Facts facts = new Facts(
                agency == null ? null : agency.licence(),
                persons,
                registry.enterprises(employers).keySet(),
                registry.monthsPaidFor(ids),
                granted.among(ids));
        List<Placement> placements = submitted.stream()
                .map(item -> new Placement(item.lineNo(), item.subject(), item.employerCreditCode(), item.startedOn()))
                .toList();
        BigDecimal amount = amountPerPlacement(claim, variables);
        List<Result> results = ReferralEligibility.assess(placements, facts, amount);
        return new Assessment(
                results.stream().map(ReferralClaimAssessor::toItem).toList(), null);
    }

    private static AssessedItem toItem(Result r) {
        return AssessedItem.of(
                r.lineNo(),
                r.idNumber(),
                r.name(),
                r.employerCreditCode(),
                r.startedOn(),
                r.reasons(),
                r.amount(),
                r.idNumber());
    }

    /** The amount of the decision-table version the claim recorded (the start event's figure for an older claim). */
    private BigDecimal amountPerPlacement(Claim claim, VariableScope variables) {
        String versionId = ClaimVariables.standardId(variables);
        if (versionId == null) {
            return DecisionTables.toAmount(variables.getVariable(ReferralSubsidyProcess.AMOUNT_PER_PLACEMENT));
        }
        return tables.amount(
                        versionId,
                        Map.of(ClaimVariables.COUNTY_CODE, claim.countyCode()),
                        ReferralSubsidyProcess.AMOUNT_PER_PLACEMENT)
                .orElseThrow(() -> new IllegalStateException(
                        "referral-subsidy decision table " + versionId + " gave no amount for " + claim.countyCode()));
    }
}
