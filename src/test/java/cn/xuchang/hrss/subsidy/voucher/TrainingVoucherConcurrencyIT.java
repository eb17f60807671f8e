package cn.xuchang.hrss.subsidy.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.Concurrently;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/**
 * The three voucher rules under interleaving, two requests on two threads at once (H2 here; MariaDB in the MySQL
 * suite): one live voucher per person, occupation and level; one enrolment per voucher; one redemption per voucher,
 * held by the database's keys and conditional updates, not only by the Java code.
 */
class TrainingVoucherConcurrencyIT extends VoucherIntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    @Test
    void shouldIssueOneVoucherWhenTheWorkerAsksTwiceAtOnce() throws Exception {
        String worker = worker();
        Callable<Response> ask = () -> issue(worker, "电工", "JUNIOR");

        List<Response> responses = Concurrently.atOnce(List.of(ask, () -> issue(worker, "6-31-01-03", "JUNIOR")));

        assertThat(responses).extracting(Response::status).containsExactlyInAnyOrder(201, 422);
        assertThat(responses.stream()
                        .filter(r -> r.status() == 422)
                        .findFirst()
                        .orElseThrow()
                        .code())
                .isEqualTo("VOUCHER_ALREADY_HELD");
        assertThat(rows("SELECT COUNT(*) FROM training_voucher WHERE id_number = ?", worker))
                .isEqualTo(1);
        String code =
                jdbc.queryForObject("SELECT code FROM training_voucher WHERE id_number = ?", String.class, worker);
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(TrainingVoucherProcess.KEY)
                        .processInstanceBusinessKey(code)
                        .count())
                .as("one voucher process")
                .isEqualTo(1);
    }

    @Test
    void shouldEnrolAVoucherOnceWhenTwoInstitutionsEnrolItAtOnce() throws Exception {
        String first = trainingInstitution("电工", "JUNIOR");
        String second = trainingInstitution("电工", "JUNIOR");
        String worker = worker();
        String code = issued(worker, "电工", "JUNIOR");

        List<Response> responses =
                Concurrently.atOnce(List.of(() -> enrol(first, code, worker), () -> enrol(second, code, worker)));

        assertThat(responses).extracting(Response::status).containsExactlyInAnyOrder(200, 422);
        Response refused =
                responses.stream().filter(r -> r.status() == 422).findFirst().orElseThrow();
        assertThat(refused.code()).isEqualTo("VOUCHER_NOT_ISSUED");
        String winner = responses.get(0).status() == 200 ? first : second;
        assertThat(jdbc.queryForObject(
                        "SELECT institution_credit_code FROM training_voucher WHERE code = ?", String.class, code))
                .isEqualTo(winner);
        assertThat(status(code)).isEqualTo("ENROLLED");
    }

    @Test
    void shouldRedeemAVoucherOnceWhateverIsSubmittedAtOnceAndPastTheJavaCode() throws Exception {
        String trainer = trainingInstitution("电工", "JUNIOR");
        String evaluator = evaluationInstitution("电工", "JUNIOR");
        String code = certifiedVoucher(worker(), trainer, evaluator);

        List<Response> claims = Concurrently.atOnce(List.of(() -> redeem(trainer, code), () -> redeem(trainer, code)));

        assertThat(claims).extracting(Response::status).containsOnly(201);
        assertThat(claims)
                .extracting(r -> r.body().path("items").get(0).path("eligible").asBoolean())
                .containsExactlyInAnyOrder(true, false);
        assertThat(claims)
                .extracting(r ->
                        r.body().path("items").get(0).path("reasons").path(0).asText(""))
                .containsExactlyInAnyOrder("", "ALREADY_REDEEMED");
        assertThat(rows("SELECT COUNT(*) FROM subsidy_grant WHERE scheme = 'VOUCHER' AND active_key = ?", code))
                .isEqualTo(1);
        assertThatThrownBy(() -> jdbc.update(
                        "INSERT INTO subsidy_grant (scheme, subject_key, active_key, claim_id, beneficiary_id, amount,"
                                + " status, created_at, updated_at) VALUES ('VOUCHER', ?, ?, 'another-claim', ?, 1000,"
                                + " 'PAID', CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3))",
                        code,
                        code,
                        trainer))
                .isInstanceOf(DuplicateKeyException.class);
    }
}
