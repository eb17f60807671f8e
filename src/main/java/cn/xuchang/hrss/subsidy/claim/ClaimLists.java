package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.ledger.Scheme;
import cn.xuchang.hrss.subsidy.review.ReviewRecord;
import cn.xuchang.hrss.subsidy.review.Reviews;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An applicant's own claims with their lines and decisions, in three queries whatever the number of claims (it was
 * two more per claim: the list an enterprise opens most often grew with every claim it had ever filed).
 */
@Service
public class ClaimLists {

    /** Builds one scheme's view of a claim. */
    @FunctionalInterface
    public interface View<V> {
        V of(Claim claim, List<ClaimItem> items, List<ReviewRecord> reviews);
    }

    private static final int IDS_PER_QUERY = 500;

    private final Claims claims;
    private final Reviews reviews;

    ClaimLists(Claims claims, Reviews reviews) {
        this.claims = claims;
        this.reviews = reviews;
    }

    @Transactional(readOnly = true)
    public <V> List<V> ofApplicant(String applicantId, Scheme scheme, View<V> view) {
        List<Claim> own = claims.ofApplicant(applicantId, scheme);
        Map<String, List<ClaimItem>> items = new LinkedHashMap<>();
        Map<String, List<ReviewRecord>> decisions = new LinkedHashMap<>();
        for (int from = 0; from < own.size(); from += IDS_PER_QUERY) {
            List<String> ids = own.subList(from, Math.min(own.size(), from + IDS_PER_QUERY)).stream()
                    .map(Claim::id)
                    .toList();
            items.putAll(claims.itemsOf(ids));
            decisions.putAll(reviews.ofClaims(ids));
        }
        List<V> views = new ArrayList<>(own.size());
        for (Claim claim : own) {
            views.add(view.of(
                    claim, items.getOrDefault(claim.id(), List.of()), decisions.getOrDefault(claim.id(), List.of())));
        }
        return views;
    }
}
