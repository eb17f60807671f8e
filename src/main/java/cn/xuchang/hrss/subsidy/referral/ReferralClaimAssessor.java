package cn.xuchang.hrss.subsidy.referral;

import cn.xuchang.hrss.subsidy.claim.Claim;
import cn.xuchang.hrss.subsidy.claim.ClaimAssessor;
import cn.xuchang.hrss.subsidy.claim.ClaimItem;
import cn.xuchang.hrss.subsidy.claim.ClaimValidation;
import cn.xuchang.hrss.subsidy.claim.Claims;
import cn.xuchang.hrss.subsidy.ledger.Ledger;
import cn.xuchang.hrss.subsidy.ledger.Quota;
import cn.xuchang.hrss.subsidy.ledger.Scheme;
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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/** Gathers the registry facts for a referral claim in a handful of queries and applies {@link ReferralEligibility}. */
@Component
class ReferralClaimAssessor implements ClaimAssessor {

    private final Registry registry;
    private final Ledger ledger;
    private final Agencies agencies;

    ReferralClaimAssessor(Registry registry, Ledger ledger, Agencies agencies) {
        this.registry = registry;
        this.ledger = ledger;
        this.agencies = agencies;
    }

    @Override
    public Scheme scheme() {
        return Scheme.REFERRAL;
    }

    @Override
    public Assessment assess(Claim claim, List<ClaimItem> submitted, Quota quota, VariableScope variables) {
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
                ledger.liveSubjects(Scheme.REFERRAL, ids));
        List<Placement> placements = submitted.stream()
                .map(item -> new Placement(item.lineNo(), item.subject(), item.employerCreditCode(), item.startedOn()))
                .toList();
        BigDecimal amount = amount(variables.getVariable(ReferralSubsidyProcess.AMOUNT_PER_PLACEMENT));
        List<Result> results = ReferralEligibility.assess(placements, facts, amount);
        return new Assessment(
                results.stream().map(ReferralClaimAssessor::toItem).toList(), null);
    }

    private static AssessedItem toItem(Result result) {
        ClaimItem item = new ClaimItem(
                null,
                result.lineNo(),
                result.idNumber(),
                result.name(),
                result.employerCreditCode(),
                result.startedOn(),
                result.eligible(),
                result.amount(),
                String.join(",", result.reasons()));
        return new AssessedItem(item, result.eligible() ? result.idNumber() : null);
    }

    private static BigDecimal amount(Object value) {
        if (value == null) {
            throw new IllegalStateException("the referral-subsidy decision table gave no amount");
        }
        return new BigDecimal(value.toString());
    }

    /** The scheme's validation step, the bean the BPMN names in its delegate expression. */
    @Configuration(proxyBeanMethods = false)
    static class Delegates {
        @Bean
        ClaimValidation validateReferralClaim(ReferralClaimAssessor assessor, Claims claims, Ledger ledger) {
            return new ClaimValidation(assessor, claims, ledger);
        }
    }
}
