package cn.xuchang.hrss.subsidy.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.institution.Institution;
import cn.xuchang.hrss.subsidy.institution.InstitutionKind;
import cn.xuchang.hrss.subsidy.registry.SkillLevel;
import cn.xuchang.hrss.subsidy.support.Api.Download;
import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.Rosters;
import cn.xuchang.hrss.subsidy.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** API.md, Workers, training vouchers and the e-file (process 7): every endpoint, rule and code, over HTTP. */
class TrainingVoucherApiIT extends VoucherIntegrationTest {

    @Test
    void shouldIssueARealNameVoucherWithTheFaceValueOfItsLevelAndStartItsProcess() {
        String worker = worker();

        Response response = issue(worker, "维修电工", "JUNIOR");

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode voucher = response.body();
        assertThat(voucher.path("code").asText())
                .matches("PXQ" + LocalDate.now().getYear() + "[0-9A-HJKMNP-TV-Z]{10}");
        assertThat(voucher.path("idNumber").asText()).isEqualTo(worker);
        assertThat(voucher.path("occupation").asText()).isEqualTo("电工");
        assertThat(voucher.path("occupationCode").asText()).isEqualTo("6-31-01-03");
        assertThat(voucher.path("level").asText()).isEqualTo("JUNIOR");
        assertThat(voucher.path("faceValue").asInt()).isEqualTo(1000);
        assertThat(voucher.path("issuedOn").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(voucher.path("expiresOn").asText())
                .isEqualTo(LocalDate.now().plusMonths(12).minusDays(1).toString());
        assertThat(voucher.path("status").asText()).isEqualTo("ISSUED");
        String code = voucher.path("code").asText();
        assertThat(jdbc.queryForObject("SELECT occupation FROM training_voucher WHERE code = ?", String.class, code))
                .isEqualTo("6-31-01-03");
        assertThat(runtimeWaitingAt(code)).containsExactly(TrainingVoucherProcess.GATEWAY_AWAIT_ENROLMENT);

        assertThat(issue(worker(), "6-31-01-03", "INTERMEDIATE")
                        .body()
                        .path("faceValue")
                        .asInt())
                .isEqualTo(1500);
        assertThat(issue(worker(), "电工", "SENIOR").body().path("faceValue").asInt())
                .isEqualTo(2000);
    }

    @Test
    void shouldRefuseASecondLiveVoucherForTheSameOccupationAndLevelWhateverTheSpelling() {
        String worker = worker();
        issued(worker, "电工", "JUNIOR");

        Response again = issue(worker, "6-31-01-03", "JUNIOR");

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.code()).isEqualTo("VOUCHER_ALREADY_HELD");
        assertThat(again.text("title")).isNotBlank();
        assertThat(rows("SELECT COUNT(*) FROM training_voucher WHERE id_number = ?", worker))
                .isEqualTo(1);
        assertThat(issue(worker, "电工", "INTERMEDIATE").status()).isEqualTo(201);
    }

    @Test
    void shouldRefuseAVoucherForALevelTheWorkerAlreadyHoldsOrPassed() {
        String worker = worker();
        certify(
                worker,
                "H" + worker,
                "维修电工",
                "INTERMEDIATE",
                null,
                LocalDate.now().minusYears(2));

        Response lower = issue(worker, "电工", "JUNIOR");
        Response same = issue(worker, "电工", "INTERMEDIATE");

        assertThat(lower.status()).isEqualTo(422);
        assertThat(lower.code()).isEqualTo("CERTIFICATE_ALREADY_HELD");
        assertThat(same.code()).isEqualTo("CERTIFICATE_ALREADY_HELD");
        assertThat(issue(worker, "电工", "SENIOR").status()).isEqualTo(201);
        assertThat(issue(worker, "焊工", "JUNIOR").status()).isEqualTo(201);
    }

    @Test
    void shouldRefuseALevelWithoutAFaceValueAndAnUnknownOccupation() {
        String worker = worker();

        Response technician = issue(worker, "电工", "TECHNICIAN");
        Response unknown = issue(worker, "不存在的工种", "JUNIOR");
        Response noLevel = as(worker).post("/api/v1/training-vouchers", Map.of("occupation", "电工"));

        assertThat(technician.status()).isEqualTo(422);
        assertThat(technician.code()).isEqualTo("NO_VOUCHER_STANDARD");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("UNKNOWN_OCCUPATION");
        assertThat(noLevel.status()).isEqualTo(400);
        assertThat(noLevel.code()).isEqualTo("INVALID_REQUEST");
        assertThat(rows("SELECT COUNT(*) FROM training_voucher WHERE id_number = ?", worker))
                .isZero();
    }

    @Test
    void shouldLetOnlyWorkersTakeVouchersAndOnlyInstitutionsEnrolAndRedeem() {
        String enterprise = enterprise("SMALL", WEIDU);
        String trainer = trainingInstitution("电工", "JUNIOR");
        String worker = worker();
        String code = issued(worker, "电工", "JUNIOR");

        Response byInstitution = issue(trainer, "电工", "JUNIOR");
        Response enrolByWorker = enrol(worker, code, worker);
        Response redeemByWorker = redeem(worker, code);
        Response listByEnterprise = as(enterprise).get("/api/v1/training-vouchers");

        assertThat(byInstitution.status()).isEqualTo(403);
        assertThat(byInstitution.code()).isEqualTo("FORBIDDEN");
        assertThat(enrolByWorker.status()).isEqualTo(403);
        assertThat(redeemByWorker.status()).isEqualTo(403);
        assertThat(listByEnterprise.status()).isEqualTo(403);
        assertThat(status(code)).isEqualTo("ISSUED");
    }

    @Test
    void shouldEnrolOnlyTheHolderAtAListedTrainingInstitutionAndOnlyOnce() {
        String trainer = trainingInstitution("电工", "JUNIOR");
        String other = trainingInstitution("电工", "JUNIOR");
        String wrongLevel = trainingInstitution("电工", "SENIOR");
        String evaluator = evaluationInstitution("电工", "JUNIOR");
        String worker = worker();
        String code = issued(worker, "电工", "JUNIOR");

        Response transferred = enrol(trainer, code, TestData.idNumber());
        Response notListed = enrol(wrongLevel, code, worker);
        Response evaluatorOnly = enrol(evaluator, code, worker);
        Response badId = enrol(trainer, code, "411002199001011234");
        Response unknown = enrol(trainer, "PXQ2026ZZZZZZZZZZ", worker);
        assertThat(status(code)).isEqualTo("ISSUED");
        Response enrolled = enrol(trainer, code, worker);
        Response elsewhere = enrol(other, code, worker);

        assertThat(transferred.status()).isEqualTo(422);
        assertThat(transferred.code()).isEqualTo("VOUCHER_NOT_TRANSFERABLE");
        assertThat(notListed.status()).isEqualTo(422);
        assertThat(notListed.code()).isEqualTo("INSTITUTION_NOT_LISTED");
        assertThat(evaluatorOnly.code()).isEqualTo("INSTITUTION_NOT_LISTED");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.code()).isEqualTo("INVALID_ID_NUMBER");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("VOUCHER_NOT_FOUND");
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(200);
        assertThat(enrolled.text("status")).isEqualTo("ENROLLED");
        assertThat(enrolled.text("institutionCreditCode")).isEqualTo(trainer);
        assertThat(enrolled.text("enrolledOn")).isEqualTo(LocalDate.now().toString());
        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(elsewhere.code()).isEqualTo("VOUCHER_NOT_ISSUED");
        assertThat(runtimeWaitingAt(code)).containsExactly(TrainingVoucherProcess.GATEWAY_AWAIT_COMPLETION);
    }

    @Test
    void shouldListTheTrainingInstitutionsOfAnOccupationByNameOrCodeForTheKindAndLevel() {
        String trainer = trainingInstitution("维修电工", "JUNIOR");
        String wrongLevel = trainingInstitution("电工", "SENIOR");
        String evaluator = evaluationInstitution("电工", "JUNIOR");
        LocalDate today = LocalDate.now();

        List<String> listed =
                institutions.listedFor(InstitutionKind.TRAINING, "6-31-01-03", SkillLevel.JUNIOR, today).stream()
                        .map(Institution::creditCode)
                        .toList();

        assertThat(listed).contains(trainer).doesNotContain(wrongLevel, evaluator);
        assertThat(institutions.listedOn(trainer, InstitutionKind.TRAINING, "电工", SkillLevel.JUNIOR, today))
                .isTrue();
        assertThat(institutions.listedOn(
                        trainer, InstitutionKind.TRAINING, "电工", SkillLevel.JUNIOR, today.minusYears(2)))
                .as("before its listing began")
                .isFalse();
        assertThat(institutions.listedOn(evaluator, InstitutionKind.TRAINING, "电工", SkillLevel.JUNIOR, today))
                .isFalse();
        assertThat(institutions.listedOn(evaluator, InstitutionKind.EVALUATION, "6-31-01-03", SkillLevel.JUNIOR, today))
                .isTrue();
    }

    @Test
    void shouldRecordTheCompletedTrainingOnlyForTheEnrollingInstitution() {
        String trainer = trainingInstitution("电工", "JUNIOR");
        String other = trainingInstitution("电工", "JUNIOR");
        String worker = worker();
        String code = issued(worker, "电工", "JUNIOR");
        Response notEnrolled = complete(trainer, code, 80, LocalDate.now());
        enrol(trainer, code, worker);

        Response byOther = complete(other, code, 80, LocalDate.now());
        Response future = complete(trainer, code, 80, LocalDate.now().plusDays(1));
        Response noHours = complete(trainer, code, 0, LocalDate.now());
        Response completed = complete(trainer, code, 80, LocalDate.now());
        Response twice = complete(trainer, code, 90, LocalDate.now());

        assertThat(notEnrolled.status()).isEqualTo(404);
        assertThat(notEnrolled.code()).isEqualTo("VOUCHER_NOT_FOUND");
        assertThat(byOther.status()).isEqualTo(404);
        assertThat(byOther.code()).isEqualTo("VOUCHER_NOT_FOUND");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.code()).isEqualTo("INVALID_COMPLETION_DATE");
        assertThat(noHours.status()).isEqualTo(400);
        assertThat(noHours.code()).isEqualTo("INVALID_REQUEST");
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.text("status")).isEqualTo("TRAINED");
        assertThat(completed.body().path("hours").asInt()).isEqualTo(80);
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.code()).isEqualTo("VOUCHER_NOT_ENROLLED");
        assertThat(runtimeWaitingAt(code)).containsExactly(TrainingVoucherProcess.GATEWAY_AWAIT_CERTIFICATE);
    }

    @Test
    void shouldCertifyOnlyByTheHoldersCertificateOfThatOccupationAndLevelFromAListedEvaluator() {
        String trainer = trainingInstitution("电工", "JUNIOR");
        String evaluator = evaluationInstitution("电工", "JUNIOR");
        String unlisted = institution("EVALUATION");
        String worker = worker();
        String code = issued(worker, "电工", "JUNIOR");
        enrol(trainer, code, worker);
        complete(trainer, code, 80, LocalDate.now());

        certify(worker, "X1" + worker, "电工", "JUNIOR", unlisted, LocalDate.now());
        certify(worker, "X2" + worker, "焊工", "JUNIOR", evaluator, LocalDate.now());
        certify(
                worker,
                "X3" + worker,
                "电工",
                "JUNIOR",
                evaluator,
                LocalDate.now().minusDays(1));
        String stillTrained = status(code);
        certify(worker, "X4" + worker, "维修电工", "JUNIOR", evaluator, LocalDate.now());

        assertThat(stillTrained).isEqualTo("TRAINED");
        Response voucher = as(worker).get("/api/v1/training-vouchers/" + code);
        assertThat(voucher.text("status")).isEqualTo("CERTIFIED");
        assertThat(voucher.text("certificateNo")).isEqualTo("X4" + worker);
        assertThat(runtimeWaitingAt(code)).contains(TrainingVoucherProcess.MESSAGE_REDEEMED);
    }

    @Test
    void shouldCertifyAtCompletionWhenTheCertificateCameFirst() {
        String trainer = trainingInstitution("电工", "JUNIOR");
        String evaluator = evaluationInstitution("电工", "JUNIOR");
        String worker = worker();
        String code = issued(worker, "电工", "JUNIOR");
        enrol(trainer, code, worker);
        certify(worker, "F" + worker, "电工", "JUNIOR", evaluator, LocalDate.now());
        assertThat(status(code)).isEqualTo("ENROLLED");

        Response completed = complete(trainer, code, 60, LocalDate.now());

        assertThat(completed.text("status")).isEqualTo("CERTIFIED");
    }

    @Test
    void shouldRedeemACertifiedVoucherOnceThroughCityReviewPublicNoticeAndPayment() {
        String trainer = trainingInstitution("电工", "JUNIOR");
        String other = trainingInstitution("电工", "JUNIOR");
        String evaluator = evaluationInstitution("电工", "JUNIOR");
        String worker = worker();
        String code = certifiedVoucher(worker, trainer, evaluator);
        String uncertified = issued(worker(), "电工", "JUNIOR");

        Response notHere = redeem(other, code);
        Response claim = redeem(trainer, code, code, "PXQ2026ZZZZZZZZZZ", uncertified);

        assertThat(notHere.status()).isEqualTo(201);
        assertThat(reasons(notHere.body().path("items").get(0))).containsExactly("NOT_ENROLLED_HERE");
        assertThat(notHere.text("status")).isEqualTo("REJECTED");
        assertThat(claim.status()).as(claim.toString()).isEqualTo(201);
        assertThat(claim.text("status")).isEqualTo("CITY_REVIEW");
        assertThat(claim.body().path("totalAmount").asInt()).isEqualTo(1000);
        assertThat(claim.text("processInstanceId")).isNotBlank();
        JsonNode items = claim.body().path("items");
        assertThat(items.get(0).path("code").asText()).isEqualTo(code);
        assertThat(items.get(0).path("eligible").asBoolean()).isTrue();
        assertThat(items.get(0).path("amount").asInt()).isEqualTo(1000);
        assertThat(reasons(items.get(1))).containsExactly("DUPLICATE_IN_CLAIM");
        assertThat(reasons(items.get(2))).containsExactly("VOUCHER_UNKNOWN");
        assertThat(reasons(items.get(3))).containsExactly("NOT_ENROLLED_HERE");
        assertThat(redeem(trainer, code)
                        .body()
                        .path("items")
                        .get(0)
                        .path("reasons")
                        .get(0)
                        .asText())
                .isEqualTo("ALREADY_REDEEMED");

        String claimId = claim.text("id");
        Response approved =
                decide(CITY, taskOf(CITY, claimId, VoucherRedemptionProcess.USER_CITY_REVIEW), "APPROVE", "证券相符");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(204);
        runJobs(claim.text("processInstanceId"));

        Response paid = as(trainer).get("/api/v1/training-vouchers/redemptions/" + claimId);
        assertThat(paid.text("status")).isEqualTo("PAID");
        Response voucher = as(worker).get("/api/v1/training-vouchers/" + code);
        assertThat(voucher.text("status")).isEqualTo("REDEEMED");
        assertThat(voucher.text("redemptionClaimId")).isEqualTo(claimId);
        assertThat(rows("SELECT COUNT(*) FROM ledger_entry WHERE claim_id = ? AND scheme = 'VOUCHER'", claimId))
                .isEqualTo(1);
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(code)
                        .processDefinitionKey(TrainingVoucherProcess.KEY)
                        .singleResult()
                        .getEndActivityId())
                .isEqualTo(TrainingVoucherProcess.END_REDEEMED);
        Response again = redeem(trainer, code);
        assertThat(reasons(again.body().path("items").get(0))).containsExactly("ALREADY_REDEEMED");
    }

    @Test
    void shouldRejectARedemptionOfAVoucherWithoutCertificate() {
        String trainer = trainingInstitution("电工", "JUNIOR");
        String worker = worker();
        String code = issued(worker, "电工", "JUNIOR");
        enrol(trainer, code, worker);
        complete(trainer, code, 80, LocalDate.now());

        Response claim = redeem(trainer, code);

        assertThat(claim.status()).isEqualTo(201);
        assertThat(claim.text("status")).isEqualTo("REJECTED");
        assertThat(reasons(claim.body().path("items").get(0))).containsExactly("NOT_CERTIFIED");
        assertThat(claim.body().path("totalAmount").asInt()).isZero();
        assertThat(status(code)).isEqualTo("TRAINED");
    }

    @Test
    void shouldRedeemFromARosterFileInTheTemplatesLayoutAndPrecheckItFirst() {
        String trainer = trainingInstitution("电工", "JUNIOR");
        String evaluator = evaluationInstitution("电工", "JUNIOR");
        String certified = certifiedVoucher(worker(), trainer, evaluator);
        String untrained = issued(worker(), "电工", "JUNIOR");

        Download template = as(trainer).download("/api/v1/training-vouchers/roster-template.xlsx");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.contentType()).contains("spreadsheetml");
        byte[] roster = Rosters.xlsx(new String[] {"培训券编号", "姓名"}, sheet -> {
            sheet.createRow(1).createCell(0).setCellValue(certified);
            sheet.createRow(2).createCell(0).setCellValue(untrained);
        });

        Response precheck =
                as(trainer).multipart("/api/v1/training-vouchers/redemptions/precheck", Map.of(), "兑现清单.xlsx", roster);
        assertThat(precheck.status()).as(precheck.toString()).isEqualTo(200);
        assertThat(precheck.body().path("totalAmount").asInt()).isEqualTo(1000);
        assertThat(rows("SELECT COUNT(*) FROM subsidy_grant WHERE active_key = ?", certified))
                .isZero();

        Response claim = as(trainer).multipart("/api/v1/training-vouchers/redemptions", Map.of(), "兑现清单.xlsx", roster);
        assertThat(claim.status()).as(claim.toString()).isEqualTo(201);
        assertThat(claim.body().path("items").get(0).path("eligible").asBoolean())
                .isTrue();
        assertThat(reasons(claim.body().path("items").get(1))).containsExactly("NOT_ENROLLED_HERE");
        assertThat(claim.body().path("totalAmount").asInt()).isEqualTo(1000);
    }

    @Test
    void shouldShowAVoucherToItsHolderItsInstitutionAndReviewersOnly() {
        String trainer = trainingInstitution("电工", "JUNIOR");
        String other = trainingInstitution("电工", "JUNIOR");
        String enterprise = enterprise("SMALL", WEIDU);
        String worker = worker();
        String someoneElse = worker();
        String code = issued(worker, "电工", "JUNIOR");
        String othersVoucher = issued(someoneElse, "电工", "JUNIOR");
        enrol(trainer, code, worker);

        assertThat(as(worker).get("/api/v1/training-vouchers/" + code).status()).isEqualTo(200);
        assertThat(as(trainer).get("/api/v1/training-vouchers/" + code).status())
                .isEqualTo(200);
        assertThat(as(CITY).get("/api/v1/training-vouchers/" + code).status()).isEqualTo(200);
        for (String stranger : List.of(someoneElse, other, enterprise, ADMIN)) {
            Response response = as(stranger).get("/api/v1/training-vouchers/" + code);
            assertThat(response.status()).as(stranger).isEqualTo(404);
            assertThat(response.code()).isEqualTo("VOUCHER_NOT_FOUND");
        }
        assertThat(codes(as(worker).get("/api/v1/training-vouchers"))).containsExactly(code);
        assertThat(codes(as(someoneElse).get("/api/v1/training-vouchers"))).containsExactly(othersVoucher);
        assertThat(codes(as(trainer).get("/api/v1/training-vouchers"))).containsExactly(code);
        assertThat(codes(as(other).get("/api/v1/training-vouchers"))).isEmpty();
    }

    @Test
    void shouldExpireAVoucherNotEnrolledWithinItsValidity() {
        String trainer = trainingInstitution("电工", "JUNIOR");
        String worker = worker();
        String code = issued(worker, "电工", "JUNIOR");
        String pastDue = issued(worker, "电工", "INTERMEDIATE");
        jdbc.update(
                "UPDATE training_voucher SET expires_on = ? WHERE code = ?",
                java.sql.Date.valueOf(LocalDate.now().minusDays(1)),
                pastDue);

        runJobs(processOf(code));
        Response expired = enrol(trainer, code, worker);
        Response notYetTimedOut = enrol(trainer, pastDue, worker);

        assertThat(status(code)).isEqualTo("EXPIRED");
        assertThat(expired.status()).isEqualTo(422);
        assertThat(expired.code()).isEqualTo("VOUCHER_EXPIRED");
        assertThat(notYetTimedOut.code()).isEqualTo("VOUCHER_EXPIRED");
        assertThat(issue(worker, "电工", "JUNIOR").status())
                .as("an expired voucher is no longer live")
                .isEqualTo(201);
    }

    @Test
    void shouldLapseAVoucherTrainedButNotCertifiedWithinItsValidity() {
        String trainer = trainingInstitution("电工", "JUNIOR");
        String worker = worker();
        String code = issued(worker, "电工", "JUNIOR");
        enrol(trainer, code, worker);
        complete(trainer, code, 80, LocalDate.now());

        runJobs(processOf(code));

        assertThat(as(worker).get("/api/v1/training-vouchers/" + code).text("status"))
                .isEqualTo("LAPSED");
        Response claim = redeem(trainer, code);
        assertThat(reasons(claim.body().path("items").get(0))).containsExactly("NOT_CERTIFIED");
    }

    @Test
    void shouldGiveAPersonAWorkerLoginAndRefuseAnIdNumberThatIsAnotherKindOfAccount() {
        String worker = worker();
        String reviewer = TestData.idNumber();
        user(reviewer, "expert");

        Response own = as(worker).get("/api/v1/training-vouchers");
        Response conflict = admin().put("/api/v1/persons/" + reviewer, Map.of("name", "赵六", "password", PASSWORD));

        assertThat(own.status()).isEqualTo(200);
        assertThat(identity.createUserQuery()
                        .userId(worker)
                        .memberOfGroup("worker")
                        .count())
                .isEqualTo(1);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.code()).isEqualTo("ACCOUNT_KIND_CONFLICT");
        assertThat(rows("SELECT COUNT(*) FROM person WHERE id_number = ?", reviewer))
                .isZero();
    }

    private List<String> runtimeWaitingAt(String code) {
        return runtime.getActiveActivityIds(processOf(code));
    }

    private static List<String> codes(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        response.body().forEach(v -> codes.add(v.path("code").asText()));
        return codes;
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.HistoryService history;
}
