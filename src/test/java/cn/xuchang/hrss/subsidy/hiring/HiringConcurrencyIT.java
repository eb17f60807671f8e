package cn.xuchang.hrss.subsidy.hiring;

import static cn.xuchang.hrss.subsidy.support.Concurrently.atOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xuchang.hrss.subsidy.ledger.LedgerMapper;
import cn.xuchang.hrss.subsidy.ledger.Scheme;
import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two rules that must hold under any interleaving, proven with requests that hit the REST API at the same moment,
 * and at the database directly (the constraints hold even when the Java checks are bypassed).
 */
class HiringConcurrencyIT extends ApiIntegrationTest {

    private static final LocalDate HIRED = LocalDate.of(2025, 3, 3);

    @Autowired
    RepositoryService repository;

    @Autowired
    LedgerMapper ledger;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void shouldGrantAPersonToOnlyOneOfSeveralEnterprisesClaimingAtOnce() throws Exception {
        String person = certifiedPerson(HIRED.minusYears(1));
        List<String> enterprises = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String enterprise = enterprise("SMALL", i % 2 == 0 ? WEIDU : JIANAN);
            contributions(person, enterprise, YearMonth.from(HIRED), 12);
            enterprises.add(enterprise);
        }

        List<Response> responses = atOnce(enterprises.stream()
                .map(e -> (Callable<Response>) () -> submitHiring(e, 2025, hires(person, HIRED)))
                .toList());

        assertThat(responses)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        List<JsonNode> granted = responses.stream()
                .map(r -> r.body().path("items").get(0))
                .filter(item -> item.path("eligible").asBoolean())
                .toList();
        assertThat(granted).hasSize(1);
        assertThat(responses.stream()
                        .map(r -> reasons(r.body().path("items").get(0)))
                        .filter(List::isEmpty))
                .hasSize(1);
        assertThat(responses.stream().filter(r -> "REJECTED".equals(r.text("status"))))
                .hasSize(5)
                .allSatisfy(
                        r -> assertThat(reasons(r.body().path("items").get(0))).containsExactly("ALREADY_CLAIMED"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM subsidy_grant WHERE scheme = 'HIRING' AND active_key = ?",
                        Integer.class,
                        person))
                .isEqualTo(1);
    }

    @Test
    void shouldNeverReservePastTheCapWhenOneEnterpriseSubmitsSeveralClaimsAtOnce() throws Exception {
        String enterprise = enterprise("MICRO", WEIDU);
        List<List<String>> claims = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            List<String> persons = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                persons.add(eligibleHire(enterprise, HIRED));
            }
            claims.add(persons);
        }
        deployCap("5000");
        try {
            List<Response> responses = atOnce(claims.stream()
                    .map(persons -> (Callable<Response>) () -> submitHiring(
                            enterprise,
                            2025,
                            hires(persons.get(0), HIRED, persons.get(1), HIRED, persons.get(2), HIRED)))
                    .toList());

            assertThat(responses)
                    .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
            int granted = responses.stream()
                    .mapToInt(r -> r.body().path("totalAmount").asInt())
                    .sum();
            assertThat(granted).isEqualTo(5000);
            assertThat(responses.stream().flatMap(r -> itemsOf(r).stream()).filter(i -> reasons(i)
                            .contains("CAP_REACHED")))
                    .hasSize(7);
            JsonNode quota = as(enterprise)
                    .get("/api/v1/enterprises/" + enterprise + "/quota")
                    .body();
            assertThat(quota.path("reserved").asInt()).isEqualTo(5000);
            assertThat(quota.path("remaining").asInt()).isZero();
            assertThat(jdbc.queryForObject(
                            "SELECT SUM(amount) FROM subsidy_grant WHERE beneficiary_id = ? AND status = 'RESERVED'",
                            Integer.class,
                            enterprise))
                    .isEqualTo(5000);
        } finally {
            deployCap("2000000");
        }
    }

    @Test
    void shouldRefuseASecondLiveGrantForAPersonInTheDatabaseItself() {
        String person = certifiedPerson(HIRED);
        String first = enterprise("SMALL", WEIDU);
        String second = enterprise("SMALL", WEIDU);
        transactions.executeWithoutResult(status -> {
            ledger.insertQuota(first, Scheme.HIRING);
            ledger.insertGrants(
                    Scheme.HIRING,
                    "claim-a",
                    first,
                    List.of(new cn.xuchang.hrss.subsidy.ledger.GrantRequest(person, BigDecimal.valueOf(1000))));
        });

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> ledger.insertGrants(
                        Scheme.HIRING,
                        "claim-b",
                        second,
                        List.of(new cn.xuchang.hrss.subsidy.ledger.GrantRequest(person, BigDecimal.valueOf(1000))))))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void shouldRefuseAReservationPastTheCapInTheDatabaseItself() {
        String enterprise = enterprise("SMALL", WEIDU);
        transactions.executeWithoutResult(status -> ledger.insertQuota(enterprise, Scheme.HIRING));

        Integer withinCap = transactions.execute(status ->
                ledger.addReserved(enterprise, Scheme.HIRING, BigDecimal.valueOf(1500), BigDecimal.valueOf(2000)));
        Integer pastCap = transactions.execute(status ->
                ledger.addReserved(enterprise, Scheme.HIRING, BigDecimal.valueOf(1000), BigDecimal.valueOf(2000)));

        assertThat(withinCap).isEqualTo(1);
        assertThat(pastCap).isZero();
        assertThat(ledger.findQuota(enterprise, Scheme.HIRING).reserved()).isEqualByComparingTo("1500");
    }

    private static List<JsonNode> itemsOf(Response response) {
        List<JsonNode> items = new ArrayList<>();
        response.body().path("items").forEach(items::add);
        return items;
    }

    /** Starts every call on its own thread and releases them together. */
    private void deployCap(String cap) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/bpmn/hiring-subsidy-standard.dmn")) {
            String dmn = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("<text>2000000</text>", "<text>" + cap + "</text>");
            repository
                    .createDeployment()
                    .name("it-cap")
                    .addString("hiring-subsidy-standard.dmn", dmn)
                    .deploy();
        }
    }
}
