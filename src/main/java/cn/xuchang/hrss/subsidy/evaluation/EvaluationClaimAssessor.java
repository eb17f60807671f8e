package cn.xuchang.hrss.subsidy.evaluation;

import cn.xuchang.hrss.subsidy.claim.Claim;
import cn.xuchang.hrss.subsidy.claim.ClaimAssessor;
import cn.xuchang.hrss.subsidy.claim.ClaimItem;
import cn.xuchang.hrss.subsidy.claim.DecisionTables;
import cn.xuchang.hrss.subsidy.evaluation.EvaluationEligibility.Facts;
import cn.xuchang.hrss.subsidy.evaluation.EvaluationEligibility.Line;
import cn.xuchang.hrss.subsidy.evaluation.EvaluationEligibility.Result;
import cn.xuchang.hrss.subsidy.institution.Institutions;
import cn.xuchang.hrss.subsidy.ledger.Quota;
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
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Gathers the registry, catalogue and ledger facts for an evaluation claim and applies {@link EvaluationEligibility};
 * the amounts come from the decision-table version the claim recorded when it was submitted.
 */
@Component
class EvaluationClaimAssessor implements ClaimAssessor {

    private final Registry registry;
    private final Institutions institutions;
    private final DecisionTables tables;

    EvaluationClaimAssessor(Registry registry, Institutions institutions, DecisionTables tables) {
        this.registry = registry;
        this.institutions = institutions;
        this.tables = tables;
    }

    @Override
    public Assessment assess(
            Claim claim, List<ClaimItem> submitted, Quota quota, Granted granted, VariableScope variables) {
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
        Facts facts = new Facts(certificates, names, institutions.history(claim.applicantId()), granted.among(keys));
        List<Line> lines = submitted.stream()
                .map(item -> new Line(item.lineNo(), item.subject()))
                .toList();
        String standardId = EvaluationSubsidyProcess.standardId(variables);
        List<Result> results =
                EvaluationEligibility.assess(claim.applicantId(), lines, facts, new TableStandard(standardId));
        return new Assessment(
                results.stream().map(EvaluationClaimAssessor::toItem).toList(), null);
    }

    private static AssessedItem toItem(Result r) {
        return AssessedItem.of(
                r.lineNo(),
                r.certificateNo(),
                r.personName(),
                null,
                r.issuedOn(),
                r.reasons(),
                r.amount(),
                r.grantKey());
    }

    /** The recorded version of the decision table, evaluated once per kind and level in the claim. */
    private final class TableStandard implements EvaluationEligibility.Standard {
        private final String versionId;
        private final Map<String, Optional<BigDecimal>> amounts = new HashMap<>();

        TableStandard(String versionId) {
            this.versionId = versionId;
        }

        @Override
        public BigDecimal amountFor(CertificateKind kind, SkillLevel level) {
            String key = kind.name() + "|" + (level == null ? "" : level.name());
            return amounts.computeIfAbsent(key, k -> evaluate(kind, level)).orElse(null);
        }

        private Optional<BigDecimal> evaluate(CertificateKind kind, SkillLevel level) {
            Map<String, Object> inputs = new HashMap<>();
            inputs.put(EvaluationSubsidyProcess.CERTIFICATE_KIND, kind.name());
            inputs.put(EvaluationSubsidyProcess.LEVEL, level == null ? null : level.name());
            return tables.evaluate(versionId, inputs)
                    .map(outputs -> outputs.get(EvaluationSubsidyProcess.AMOUNT))
                    .map(DecisionTables::toAmount);
        }
    }
}
