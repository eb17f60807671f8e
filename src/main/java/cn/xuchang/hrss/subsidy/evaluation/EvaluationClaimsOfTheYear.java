package cn.xuchang.hrss.subsidy.evaluation;

import cn.xuchang.hrss.subsidy.claim.Claim;
import cn.xuchang.hrss.subsidy.claim.ClaimItem;
import cn.xuchang.hrss.subsidy.claim.ClaimStatus;
import cn.xuchang.hrss.subsidy.claim.Claims;
import cn.xuchang.hrss.subsidy.institution.ClaimsOfTheYear;
import cn.xuchang.hrss.subsidy.ledger.Scheme;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/** An institution's evaluation-subsidy claims of a year, for its yearly performance evaluation. */
@Component
class EvaluationClaimsOfTheYear implements ClaimsOfTheYear {

    private static final int IDS_PER_QUERY = 500;

    private final Claims claims;

    EvaluationClaimsOfTheYear(Claims claims) {
        this.claims = claims;
    }

    @Override
    public Summary of(String institutionCreditCode, int year) {
        List<Claim> ofYear = claims.ofApplicant(institutionCreditCode, Scheme.EVALUATION).stream()
                .filter(c -> c.submittedAt().getYear() == year)
                .toList();
        int refused = 0;
        for (int from = 0; from < ofYear.size(); from += IDS_PER_QUERY) {
            List<String> ids = ofYear.subList(from, Math.min(ofYear.size(), from + IDS_PER_QUERY)).stream()
                    .map(Claim::id)
                    .toList();
            refused += (int) claims.itemsOf(ids).values().stream()
                    .flatMap(List::stream)
                    .filter(EvaluationClaimsOfTheYear::refused)
                    .count();
        }
        BigDecimal paid = ofYear.stream()
                .filter(c -> c.status() == ClaimStatus.PAID)
                .map(Claim::totalAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Summary(ofYear.size(), refused, paid);
    }

    private static boolean refused(ClaimItem item) {
        return !item.eligible() && !item.reasonList().isEmpty();
    }
}
