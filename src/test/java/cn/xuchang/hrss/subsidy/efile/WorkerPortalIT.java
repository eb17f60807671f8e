package cn.xuchang.hrss.subsidy.efile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.PortalSession;
import cn.xuchang.hrss.subsidy.support.PortalSession.Page;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 个人登录 in the applicant portal: a worker logs in with their ID number and lands on 我的电子档案 (certificates,
 * trainings, evaluations, subsidies, the PDF, and the place the training-voucher pages fill); the worker's pages are
 * theirs alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkerPortalIT extends EFileFixture {

    @Test
    void shouldLeadAWorkerFromTheLoginToTheirOwnEFile() throws Exception {
        Worker worker = worker();
        PortalSession browser = new PortalSession(port);

        // typed in lower case, as a phone keyboard gives the final x
        Page login = browser.login(worker.idNumber().toLowerCase(), PASSWORD);
        assertThat(login.location()).endsWith("/portal");
        assertThat(browser.get("/portal").location()).endsWith("/portal/worker");
        Page home = browser.get("/portal/worker");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body())
                .contains("我的电子档案")
                .contains("陈𠮷")
                .contains(worker.idNumber())
                .contains("id=\"worker-vouchers\"")
                .contains("/portal/worker/vouchers")
                .contains(worker.evaluatedCertificate())
                .contains(worker.certifiedVoucher())
                .contains("已过期作废")
                .contains("无证无价")
                .contains("吸纳持证人员就业补助")
                .contains("测试企业" + worker.enterprise().substring(10))
                .contains("已拨付")
                .contains("技能评价补贴")
                .doesNotContain("将在此开通");
        HttpResponse<byte[]> pdf = browser.download("/portal/worker/e-file.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // a worker has no enterprise, agency or institution desk
        assertThat(browser.get("/portal/enterprise").status()).isEqualTo(403);
        assertThat(browser.get("/portal/institution").status()).isEqualTo(403);
    }

    @Test
    void shouldShowEachWorkerOnlyTheirOwnFileAndKeepOthersOut() throws Exception {
        Worker worker = worker();
        String other = anotherWorker();
        PortalSession otherBrowser = new PortalSession(port);
        otherBrowser.login(other, PASSWORD);

        Page home = otherBrowser.get("/portal/worker");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("王五").contains("暂无证书记录").contains("暂无补贴记录");
        assertThat(home.body()).doesNotContain(worker.idNumber()).doesNotContain("陈𠮷");

        PortalSession enterprise = new PortalSession(port);
        enterprise.login(worker.enterprise(), PASSWORD);
        assertThat(enterprise.get("/portal/worker").status()).isEqualTo(403);
        assertThat(enterprise.download("/portal/worker/e-file.pdf").statusCode())
                .isEqualTo(403);
        Page anonymous = new PortalSession(port).get("/portal/worker");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).doesNotContain("/portal/worker");
    }
}
