package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.ledger.Yuan;
import cn.xuchang.hrss.subsidy.review.ReviewRecord;
import cn.xuchang.hrss.subsidy.review.ReviewStep;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * A claim as the API returns it, the same for every scheme: its id, process, status, the scheme's own heading (who
 * applied, for which year; written inline), total, submission time, lines and review history. A scheme contributes
 * only its {@link Shape}: the heading and the projection of a line.
 */
public record ClaimView<H, L>(
        String id,
        String processInstanceId,
        ClaimStatus status,
        String statusLabel,
        @JsonUnwrapped H heading,
        BigDecimal totalAmount,
        LocalDateTime submittedAt,
        List<L> items,
        List<ReviewStep> history) {

    /** What a scheme shows of a claim beyond the shared fields. */
    public record Shape<H, L>(Function<Claim, H> heading, Function<ClaimItem, L> line) {}

    public static <H, L> ClaimView<H, L> of(
            Shape<H, L> shape, Claim claim, List<ClaimItem> items, List<ReviewRecord> reviews) {
        return new ClaimView<>(
                claim.id(),
                claim.processInstanceId(),
                claim.status(),
                claim.status().label(),
                shape.heading().apply(claim),
                Yuan.of(claim.totalAmount()),
                claim.submittedAt(),
                items.stream().map(shape.line()).toList(),
                ReviewStep.of(reviews));
    }
}
