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
 * Claims as their applicant reads them, in the shared {@link ClaimView} with the scheme's {@link ClaimView.Shape}. The
 * list of an applicant's claims takes three queries whatever the number of claims (it was two more per claim: the list
 * an enterprise opens most often grew with every claim it had ever filed).
 */
@Service
public class ClaimLists {

    private static final int IDS_PER_QUERY = 500;

    private final Claims claims;
    private final Reviews reviews;

    ClaimLists(Claims claims, Reviews reviews) {
        this.claims = claims;
        this.reviews = reviews;
    }

    /** One claim, with its lines and decisions. */
    @Transactional(readOnly = true)
    public <H, L> ClaimView<H, L> one(ClaimView.Shape<H, L> shape, String claimId) {
        Claim claim = claims.require(claimId);
        return ClaimView.of(shape, claim, claims.items(claim.id()), reviews.ofClaim(claim.id()));
    }

    /** The applicant's own claim; another applicant's claim is "not found". */
    @Transactional(readOnly = true)
    public <H, L> ClaimView<H, L> own(ClaimView.Shape<H, L> shape, Scheme scheme, String applicantId, String claimId) {
        Claim claim = claims.requireOwn(claimId, scheme, applicantId);
        return ClaimView.of(shape, claim, claims.items(claim.id()), reviews.ofClaim(claim.id()));
    }

    @Transactional(readOnly = true)
    public <H, L> List<ClaimView<H, L>> ofApplicant(String applicantId, Scheme scheme, ClaimView.Shape<H, L> shape) {
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
        List<ClaimView<H, L>> views = new ArrayList<>(own.size());
        for (Claim claim : own) {
            views.add(ClaimView.of(
                    shape,
                    claim,
                    items.getOrDefault(claim.id(), List.of()),
                    decisions.getOrDefault(claim.id(), List.of())));
        }
        return views;
    }
}
