package cn.xuchang.hrss.subsidy.hiring;

import cn.xuchang.hrss.subsidy.claim.Claim;
import cn.xuchang.hrss.subsidy.claim.ClaimAssessor;
import cn.xuchang.hrss.subsidy.claim.ClaimItem;
import cn.xuchang.hrss.subsidy.claim.ClaimValidation;
import cn.xuchang.hrss.subsidy.claim.Claims;
import cn.xuchang.hrss.subsidy.hiring.HiringEligibility.Facts;
import cn.xuchang.hrss.subsidy.hiring.HiringEligibility.Hire;
import cn.xuchang.hrss.subsidy.hiring.HiringEligibility.Result;
import cn.xuchang.hrss.subsidy.hiring.HiringEligibility.Standard;
import cn.xuchang.hrss.subsidy.ledger.Ledger;
import cn.xuchang.hrss.subsidy.ledger.Quota;
import cn.xuchang.hrss.subsidy.ledger.Scheme;
import cn.xuchang.hrss.subsidy.registry.CertificateHolder;
import cn.xuchang.hrss.subsidy.registry.IdNumber;
import cn.xuchang.hrss.subsidy.registry.Registry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/** Gathers the registry facts for a hiring claim in a handful of queries and applies {@link HiringEligibility}. */
@Component
class HiringClaimAssessor implements ClaimAssessor {

    private final Registry registry;
    private final Ledger ledger;

    HiringClaimAssessor(Registry registry, Ledger ledger) {
        this.registry = registry;
        this.ledger = ledger;
    }

    @Override
    public Scheme scheme() {
        return Scheme.HIRING;
    }

    @Override
    public Assessment assess(Claim claim, List<ClaimItem> submitted, Quota quota, VariableScope variables) {
        Set<String> ids = submitted.stream()
                .map(item -> IdNumber.normalize(item.subject()))
                .filter(IdNumber::isValid)
                .collect(Collectors.toSet());
        Map<String, CertificateHolder> persons = registry.holders(ids);
        Facts facts = new Facts(
                persons, registry.monthsPaidBy(claim.applicantId(), ids), ledger.liveSubjects(Scheme.HIRING, ids));
        Standard standard = new Standard(
                amount(variables.getVariable(HiringSubsidyProcess.AMOUNT_PER_PERSON)),
                amount(variables.getVariable(HiringSubsidyProcess.ENTERPRISE_CAP)));
        List<Hire> hires = submitted.stream()
                .map(item -> new Hire(item.lineNo(), item.subject(), item.startedOn()))
                .toList();
        List<Result> results = HiringEligibility.assess(claim.claimYear(), hires, facts, standard, quota.used());
        return new Assessment(results.stream().map(HiringClaimAssessor::toItem).toList(), standard.cap());
    }

    private static AssessedItem toItem(Result result) {
        ClaimItem item = new ClaimItem(
                null,
                result.lineNo(),
                result.idNumber(),
                result.name(),
                null,
                result.hiredOn(),
                result.eligible(),
                result.amount(),
                String.join(",", result.reasons()));
        return new AssessedItem(item, result.eligible() ? result.idNumber() : null);
    }

    private static BigDecimal amount(Object value) {
        if (value == null) {
            throw new IllegalStateException("the hiring-subsidy decision table gave no amount for this enterprise");
        }
        return new BigDecimal(value.toString());
    }

    /** The scheme's validation step, the bean the BPMN names in its delegate expression. */
    @Configuration(proxyBeanMethods = false)
    static class Delegates {
        @Bean
        ClaimValidation validateHiringClaim(HiringClaimAssessor assessor, Claims claims, Ledger ledger) {
            return new ClaimValidation(assessor, claims, ledger);
        }
    }
}
