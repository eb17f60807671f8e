package cn.xuchang.hrss.subsidy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.evaluation.EvaluationClaims;
import cn.xuchang.hrss.subsidy.hiring.DemoClaims;
import cn.xuchang.hrss.subsidy.institution.InstitutionExits;
import cn.xuchang.hrss.subsidy.institution.InstitutionFilings;
import cn.xuchang.hrss.subsidy.institution.Institutions;
import cn.xuchang.hrss.subsidy.referral.Agencies;
import cn.xuchang.hrss.subsidy.referral.DemoReferralClaims;
import cn.xuchang.hrss.subsidy.registry.Regions;
import cn.xuchang.hrss.subsidy.registry.Registry;
import cn.xuchang.hrss.subsidy.startup.DemoStartupAwards;
import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.voucher.DemoVouchers;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo data set, loaded into the integration tests' application (one engine per JVM: a second application context
 * with demo data on would take over the engine's REST API): every process can be tried at once, e.g. the
 * referral claim at the county review and the award application at the experts' scoring.
 */
class DemoDataIT extends ApiIntegrationTest {

    @Autowired
    Registry registry;

    @Autowired
    Regions regions;

    @Autowired
    DemoClaims claims;

    @Autowired
    Institutions institutions;

    @Autowired
    InstitutionFilings filings;

    @Autowired
    InstitutionExits exits;

    @Autowired
    EvaluationClaims evaluationClaims;

    @Autowired
    Agencies agencies;

    @Autowired
    DemoReferralClaims referralClaims;

    @Autowired
    DemoStartupAwards startupAwards;

    @Autowired
    DemoVouchers vouchers;

    @Autowired
    FilterService filters;

    @BeforeEach
    void loadDemoData() {
        new DemoData(
                        registry,
                        regions,
                        identity,
                        claims,
                        institutions,
                        filings,
                        exits,
                        evaluationClaims,
                        agencies,
                        referralClaims,
                        startupAwards,
                        vouchers)
                .load();
    }

    @Test
    void shouldOfferADemoReferralClaimAtTheAgencysCountyReview() {
        Response claims = api.as(DemoData.AGENCY, "demo1234").get("/api/v1/referral-subsidy/claims");

        assertThat(claims.status()).as(claims.toString()).isEqualTo(200);
        JsonNode claim = claims.body().get(0);
        assertThat(claim.path("status").asText()).isEqualTo("COUNTY_REVIEW");
        assertThat(claim.path("totalAmount").asInt()).isEqualTo(600);
        Response tasks = api.as("county-411003", "county-411003")
                .get("/engine-rest/task?processInstanceBusinessKey="
                        + claim.path("id").asText());
        assertThat(tasks.body().findValuesAsText("taskDefinitionKey")).containsExactly("user_county_review");
    }

    @Test
    void shouldOfferADemoAwardApplicationWaitingForTheThreeDemoExperts() {
        Response applications =
                api.as(DemoData.SMALL_ENTERPRISE, "demo1234").get("/api/v1/startup-awards/applications");

        assertThat(applications.status()).as(applications.toString()).isEqualTo(200);
        JsonNode application = applications.body().get(0);
        assertThat(application.path("status").asText()).isEqualTo("EXPERT_SCORING");
        Response scoring = api.as("expert1", "expert1")
                .get("/engine-rest/task?taskDefinitionKey=user_expert_scoring&processInstanceBusinessKey="
                        + application.path("id").asText());
        assertThat(scoring.body()).hasSize(3);
        assertThat(filters.createFilterQuery().filterName("专家评审").count()).isEqualTo(1);
    }

    @Test
    void shouldOfferADemoWorkerPerVoucherStateARedemptionAtTheCityReviewAndOnePaid() {
        java.util.Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put(DemoData.WORKER_ISSUED, "ISSUED");
        expected.put(DemoData.WORKER_ENROLLED, "ENROLLED");
        expected.put(DemoData.WORKER_TRAINED, "TRAINED");
        expected.put(DemoData.WORKER_CERTIFIED, "CERTIFIED");
        expected.put(DemoData.WORKER_REDEEMING, "CERTIFIED");
        expected.put(DemoData.WORKER_EXPIRED, "EXPIRED");
        expected.put(DemoData.WORKER_LAPSED, "LAPSED");
        expected.put(DemoData.WORKER_REDEEMED, "REDEEMED");

        expected.forEach((worker, status) -> {
            Response vouchers = api.as(worker, "demo1234").get("/api/v1/training-vouchers");
            assertThat(vouchers.status()).as(worker + ": " + vouchers).isEqualTo(200);
            assertThat(vouchers.body().findValuesAsText("status")).as(worker).containsExactly(status);
        });
        Response redemptions =
                api.as(DemoData.TRAINING_INSTITUTION, "demo1234").get("/api/v1/training-vouchers/redemptions");
        assertThat(redemptions.body().findValuesAsText("status")).containsExactlyInAnyOrder("CITY_REVIEW", "PAID");
        assertThat(redemptions.body().findValues("totalAmount"))
                .allSatisfy(amount -> assertThat(amount.asInt()).isEqualTo(2000));
        // the paid one is in its holder's e-file, with the training institution as payee
        Response file = api.as(DemoData.WORKER_REDEEMED, "demo1234")
                .get("/api/v1/persons/" + DemoData.WORKER_REDEEMED + "/e-file");
        assertThat(file.body().path("subsidies").get(0).path("status").asText()).isEqualTo("PAID");
        assertThat(file.body().path("subsidies").get(0).path("amount").asInt()).isEqualTo(2000);
        assertThat(file.body().path("subsidies").get(0).path("payee").asText()).isEqualTo("许昌建安职业培训学校");
    }
}
