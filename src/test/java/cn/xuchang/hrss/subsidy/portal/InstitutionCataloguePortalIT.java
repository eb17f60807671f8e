package cn.xuchang.hrss.subsidy.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.InstitutionIntegrationTest;
import cn.xuchang.hrss.subsidy.support.PortalSession;
import cn.xuchang.hrss.subsidy.support.PortalSession.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public catalogue page with both catalogues, and the institution portal of a training institution. */
class InstitutionCataloguePortalIT extends InstitutionIntegrationTest {

    @Test
    void thePublicCataloguePageShowsEvaluationAndTrainingInstitutionsInTheirOwnListsByOccupationName()
            throws Exception {
        String evaluation = listedInstitutionOfKind("EVALUATION", occupation("6-18-02-04", "JUNIOR"));
        String training = listedInstitutionOfKind("TRAINING", occupation("养老护理员", "JUNIOR", "INTERMEDIATE"));

        Page page = new PortalSession(port).get("/public/catalogue");

        assertThat(page.status()).isEqualTo(200);
        String body = page.body();
        int evaluationList = body.indexOf("<h2>评价机构目录</h2>");
        int trainingList = body.indexOf("<h2>培训机构目录</h2>");
        assertThat(evaluationList).isPositive();
        assertThat(trainingList).isGreaterThan(evaluationList);
        assertThat(body.indexOf(evaluation)).isBetween(evaluationList, trainingList);
        assertThat(body.indexOf(training)).isGreaterThan(trainingList);
        assertThat(body).contains("焊工", "养老护理员", "初级工、中级工").doesNotContain("4-10-01-05", "6-18-02-04");
    }

    @Test
    void aTrainingInstitutionFilesAndSeesItsCataloguePlaceWithoutEvaluationClaims() throws Exception {
        String training = listedInstitutionOfKind("TRAINING", occupation("中式烹调师", "JUNIOR"));
        PortalSession browser = new PortalSession(port);
        browser.login(training, PASSWORD);

        Page desk = browser.get("/portal/institution");
        assertThat(desk.status()).isEqualTo(200);
        assertThat(desk.body())
                .contains("培训机构备案与目录", "本机构在培训机构目录中的情况", "中式烹调师 · 初级工", "申请备案")
                .doesNotContain("id=\"new-claim\"", "id=\"claims\"", "4-03-02-01");

        Page unknown =
                browser.post("/portal/institution/filings", Map.of("occupation", "钧瓷烧制", "levels0", "JUNIOR"), true);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("不在职业目录中");

        Page filed = browser.post(
                "/portal/institution/filings", Map.of("occupation", "6-31-01-03", "levels0", "SENIOR"), true);
        assertThat(filed.status()).isEqualTo(302);
        assertThat(browser.get("/portal/institution").body()).contains("备案申请", "电工");
        assertThat(rows(
                        "SELECT COUNT(*) FROM institution_filing_item i JOIN institution_filing f ON f.id = i.filing_id"
                                + " WHERE f.institution_credit_code = ? AND i.occupation = '6-31-01-03'",
                        training))
                .isEqualTo(1);
    }
}
