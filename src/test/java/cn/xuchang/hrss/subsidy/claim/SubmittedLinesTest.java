package cn.xuchang.hrss.subsidy.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The hand-over of a new claim's lines to its validation: only on the submitting thread, only for that claim, only
 * until one of them stored the lines, and only while the process starts.
 */
class SubmittedLinesTest {

    private static final List<ClaimItem> LINES =
            List.of(ClaimItem.submitted(1, "411002199001010011", null, LocalDate.of(2025, 3, 3)));

    @Test
    void shouldHandTheLinesToTheValidationOfThatClaimOnThisThreadUntilStored() throws Exception {
        try (SubmittedLines submitted = SubmittedLines.handOver("claim-1", LINES)) {
            assertThat(SubmittedLines.unstored("claim-1")).isSameAs(submitted);
            assertThat(submitted.lines()).isEqualTo(LINES);
            assertThat(SubmittedLines.unstored("claim-2")).isNull();
            assertThat(CompletableFuture.supplyAsync(() -> SubmittedLines.unstored("claim-1"))
                            .get())
                    .as("a job executor thread (an asynchronous validation) reads the stored lines instead")
                    .isNull();

            submitted.markStored();

            assertThat(submitted.isStored()).isTrue();
            assertThat(SubmittedLines.unstored("claim-1")).isNull();
        }
    }

    @Test
    void shouldLetGoOfTheLinesWhenTheStartIsOverStoredOrNot() {
        try (SubmittedLines submitted = SubmittedLines.handOver("claim-3", LINES)) {
            assertThat(submitted.isStored()).isFalse();
        }
        assertThat(SubmittedLines.unstored("claim-3")).isNull();
        // a retried submit of the same claim may hand its lines over again
        try (SubmittedLines again = SubmittedLines.handOver("claim-3", LINES)) {
            assertThat(SubmittedLines.unstored("claim-3")).isSameAs(again);
        }
    }
}
