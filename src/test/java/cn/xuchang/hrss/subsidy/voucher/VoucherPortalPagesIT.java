package cn.xuchang.hrss.subsidy.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.PortalSession;
import cn.xuchang.hrss.subsidy.support.PortalSession.Page;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The voucher pages of the applicant portal: a worker takes a voucher and sees where to train; a training institution
 * enrols, records the training and redeems; every refusal is the service's, shown in Chinese, and nothing is stored.
 */
class VoucherPortalPagesIT extends VoucherIntegrationTest {

    @Test
    void shouldLetAWorkerTakeAVoucherAndSeeTheInstitutionsListedToTrainForIt() throws Exception {
        String trainer = trainingInstitution("电工", "JUNIOR");
        String worker = worker();
        PortalSession browser = new PortalSession(port);
        browser.login(worker, PASSWORD);

        Page form = browser.get("/portal/worker/vouchers");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("申领培训券").contains("还没有培训券").contains("6-31-01-03");

        Page taken =
                browser.post("/portal/worker/vouchers", Map.of("occupation", "6-31-01-03", "level", "JUNIOR"), true);
        assertThat(taken.status()).isEqualTo(302);
        String code =
                jdbc.queryForObject("SELECT code FROM training_voucher WHERE id_number = ?", String.class, worker);
        assertThat(taken.location()).endsWith("/portal/worker/vouchers/" + code);

        Page voucher = browser.get("/portal/worker/vouchers/" + code);
        assertThat(voucher.body())
                .contains("电工 · 初级工 培训券")
                .contains("已发放，待报名")
                .contains("1000")
                .contains("可以报名的培训机构")
                .contains(trainer);

        Page again = browser.post("/portal/worker/vouchers", Map.of("occupation", "电工", "level", "JUNIOR"), true);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("没有保存任何内容");
        Page noLevel = browser.post("/portal/worker/vouchers", Map.of("occupation", "电工", "level", ""), true);
        assertThat(noLevel.status()).isEqualTo(400);
        assertThat(noLevel.body()).contains("请从列表中选择技能等级");
        assertThat(rows("SELECT COUNT(*) FROM training_voucher WHERE id_number = ?", worker))
                .isEqualTo(1);
    }

    @Test
    void shouldKeepEachWorkersVouchersTheirOwn() throws Exception {
        String worker = worker();
        String code = issued(worker, "电工", "JUNIOR");
        PortalSession other = new PortalSession(port);
        other.login(worker(), PASSWORD);

        assertThat(other.get("/portal/worker/vouchers/" + code).status()).isEqualTo(404);
        assertThat(other.get("/portal/worker/vouchers").body()).doesNotContain(code);
        PortalSession institution = new PortalSession(port);
        institution.login(trainingInstitution("电工", "JUNIOR"), PASSWORD);
        assertThat(institution.get("/portal/worker/vouchers").status()).isEqualTo(403);
    }

    @Test
    void shouldLetATrainingInstitutionEnrolCompleteAndRedeemThroughItsPage() throws Exception {
        String trainer = trainingInstitution("电工", "JUNIOR");
        String evaluator = evaluationInstitution("电工", "JUNIOR");
        String worker = worker();
        String code = issued(worker, "电工", "JUNIOR");
        PortalSession browser = new PortalSession(port);
        browser.login(trainer, PASSWORD);

        assertThat(browser.get("/portal/institution").body()).contains("培训券报名与兑现");
        Page wrongPerson = browser.post(
                "/portal/institution/vouchers/enrolment", Map.of("code", code, "idNumber", worker()), true);
        assertThat(wrongPerson.status()).isEqualTo(422);
        assertThat(status(code)).isEqualTo("ISSUED");

        Page enrolled =
                browser.post("/portal/institution/vouchers/enrolment", Map.of("code", code, "idNumber", worker), true);
        assertThat(enrolled.status()).isEqualTo(302);
        assertThat(browser.get("/portal/institution/vouchers").body())
                .contains("王芳 · 电工 · 初级工")
                .contains("已报名培训")
                .contains("登记结业");

        Page completed = browser.post(
                "/portal/institution/vouchers/" + code + "/completion",
                Map.of("hours", "80", "completedOn", LocalDate.now().toString()),
                true);
        assertThat(completed.status()).isEqualTo(302);
        assertThat(status(code)).isEqualTo("TRAINED");
        certify(worker, "P" + code, "电工", "JUNIOR", evaluator, LocalDate.now());
        assertThat(browser.get("/portal/institution/vouchers").body()).contains("提交兑现申请");

        Page redeemed = browser.post("/portal/institution/vouchers/redemptions", Map.of("codes", code), true);
        assertThat(redeemed.status()).isEqualTo(302);
        assertThat(browser.get("/portal/institution/vouchers").body())
                .contains("兑现申请")
                .contains("1000");
        assertThat(rows("SELECT COUNT(*) FROM subsidy_grant WHERE scheme = 'VOUCHER' AND active_key = ?", code))
                .isEqualTo(1);
    }
}
