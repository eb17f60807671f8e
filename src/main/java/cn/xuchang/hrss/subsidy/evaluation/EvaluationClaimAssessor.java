package cn.xuchang.hrss.subsidy.evaluation;

import cn.xuchang.hrss.subsidy.claim.Claim;
import cn.xuchang.hrss.subsidy.claim.ClaimAssessor;
import cn.xuchang.hrss.subsidy.claim.ClaimItem;
import cn.xuchang.hrss.subsidy.claim.ClaimValidation;
import cn.xuchang.hrss.subsidy.claim.Claims;
import cn.xuchang.hrss.subsidy.evaluation.EvaluationEligibility.Facts;
import cn.xuchang.hrss.subsidy.evaluation.EvaluationEligibility.Line;
import cn.xuchang.hrss.subsidy.evaluation.EvaluationEligibility.Result;
import cn.xuchang.hrss.subsidy.institution.Institutions;
import cn.xuchang.hrss.subsidy.ledger.Ledger;
import cn.xuchang.hrss.subsidy.ledger.Quota;
import cn.xuchang.hrss.subsidy.ledger.Scheme;
import cn.xuchang.hrss.subsidy.registry.Certificate;
import cn.xuchang.hrss.subsidy.registry.CertificateKind;
import cn.xuchang.hrss.subsidy.registry.Person;
import cn.xuchang.hrss.subsidy.registry.Registry;
import cn.xuchang.hrss.subsidy.registry.SkillLevel;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Gathers the registry, catalogue and ledger facts for an evaluation claim and applies {@link EvaluationEligibility};
 * the amounts come from the decision table version pinned when the claim was submitted.
 */
@Component
class EvaluationClaimAssessor implements ClaimAssessor {

    private final Registry registry;
    private final Institutions institutions;
    private final Ledger ledger;
    private final DecisionService decisions;

    EvaluationClaimAssessor(Registry registry, Institutions institutions, Ledger ledger, DecisionService decisions) {
        this.registry = registry;
        this.institutions = institutions;
        this.ledger = ledger;
        this.decisions = decisions;
    }

    @Override
    public Scheme scheme() {
        return Scheme.EVALUATION;
    }

    @Override
    public Assessment assess(Claim claim, List<ClaimItem> submitted, Quota quota, VariableScope variables) {
        Set<String> numbers =
                submitted.stream().map(item -> item.subject().strip()).collect(Collectors.toSet());
        Map<String, Certificate> certificates = registry.certificates(numbers);
        Set<String> holders =
                certificates.values().stream().map(Certificate::idNumber).collect(Collectors.toSet());
        Map<String, String> names =
                registry.persons(holders).values().stream().collect(Collectors.toMap(Person::idNumber, Person::name));
        Set<String> keys = certificates.values().stream()
                .map(EvaluationEligibility::grantKey)
                .collect(Collectors.toSet());
        Facts facts = new Facts(
                certificates,
                names,
                institutions.history(claim.applicantId()),
                ledger.liveSubjects(Scheme.EVALUATION, keys));
        List<Line> lines = submitted.stream()
                .map(item -> new Line(item.lineNo(), item.subject()))
                .toList();
        String standardId = (String) variables.getVariable(EvaluationSubsidyProcess.STANDARD_ID);
        List<Result> results =
                EvaluationEligibility.assess(claim.applicantId(), lines, facts, new TableStandard(standardId));
        return new Assessment(
                results.stream().map(EvaluationClaimAssessor::toItem).toList(), null);
    }

    private static AssessedItem toItem(Result result) {
        ClaimItem item = new ClaimItem(
                null,
                result.lineNo(),
                result.certificateNo(),
                result.personName(),
                null,
                result.issuedOn(),
                result.eligible(),
                result.amount(),
                String.join(",", result.reasons()));
        return new AssessedItem(item, result.eligible() ? result.grantKey() : null);
    }

    /** The decision table, evaluated once per kind and level in the claim. */
    private final class TableStandard implements EvaluationEligibility.Standard {
        private final String decisionDefinitionId;
        private final Map<String, Optional<BigDecimal>> amounts = new HashMap<>();

        TableStandard(String decisionDefinitionId) {
            this.decisionDefinitionId = decisionDefinitionId;
        }

        @Override
        public BigDecimal amountFor(CertificateKind kind, SkillLevel level) {
            String key = kind.name() + "|" + (level == null ? "" : level.name());
            return amounts.computeIfAbsent(key, k -> evaluate(kind, level)).orElse(null);
        }

        private Optional<BigDecimal> evaluate(CertificateKind kind, SkillLevel level) {
            var inputs = Variables.createVariables()
                    .putValue(EvaluationSubsidyProcess.CERTIFICATE_KIND, kind.name())
                    .putValue(EvaluationSubsidyProcess.LEVEL, level == null ? null : level.name());
            DmnDecisionResult result = decisionDefinitionId == null
                    ? decisions
                            .evaluateDecisionByKey(EvaluationSubsidyProcess.DECISION_KEY)
                            .variables(inputs)
                            .evaluate()
                    : decisions
                            .evaluateDecisionById(decisionDefinitionId)
                            .variables(inputs)
                            .evaluate();
            if (result.isEmpty()) {
                return Optional.empty();
            }
            Object amount = result.getSingleResult().getEntry(EvaluationSubsidyProcess.AMOUNT);
            return amount == null ? Optional.empty() : Optional.of(new BigDecimal(amount.toString()));
        }
    }

    /** The scheme's validation step, the bean the BPMN names in its delegate expression. */
    @Configuration(proxyBeanMethods = false)
    static class Delegates {
        @Bean
        ClaimValidation validateEvaluationClaim(EvaluationClaimAssessor assessor, Claims claims, Ledger ledger) {
            return new ClaimValidation(assessor, claims, ledger);
        }
    }
}
