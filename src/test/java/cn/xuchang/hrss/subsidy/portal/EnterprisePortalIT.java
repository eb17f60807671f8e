package cn.xuchang.hrss.subsidy.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.support.PortalSession;
import cn.xuchang.hrss.subsidy.support.PortalSession.Page;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The enterprise's pages over HTTP: the offers confirmed in one step file exactly the offered claim, typed hires are
 * prechecked in words and submitted as typed, a rejection shows the reviewer's comment on the step bar.
 */
class EnterprisePortalIT extends ApiIntegrationTest {

    private static final LocalDate HIRED = LocalDate.of(2025, 3, 1);

    @Test
    void theOfferedHiresAreClaimedWithOneConfirmation() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);
        String first = eligibleHire(enterprise, HIRED);
        String second = eligibleHire(enterprise, HIRED.plusMonths(1));
        PortalSession session = new PortalSession(port);
        session.login(enterprise, PASSWORD);

        Page offers = session.get("/portal/enterprise/offers?year=2025");
        assertThat(offers.status()).isEqualTo(200);
        assertThat(offers.body()).contains(first, second, "2000 元", "confirm-offers");

        Page filed = session.post(
                "/portal/enterprise/claims",
                Map.of(
                        "year", "2025",
                        "lines[0].idNumber", first,
                        "lines[0].date", "2025-03-01",
                        "lines[1].idNumber", second,
                        "lines[1].date", "2025-04-01"),
                true);

        assertThat(filed.status()).isEqualTo(302);
        String claimId = filed.location().substring(filed.location().lastIndexOf('/') + 1);
        JsonNode claim = claim(enterprise, claimId);
        assertThat(claim.path("totalAmount").asInt()).isEqualTo(2000);
        assertThat(claim.path("status").asText()).isEqualTo("COUNTY_REVIEW");
        assertThat(session.get("/portal/enterprise/offers?year=2025").body()).contains("no-offers");
    }

    @Test
    void typedHiresArePrecheckedInWordsAndNothingIsStoredUntilSubmitted() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);
        String eligible = eligibleHire(enterprise, HIRED);
        String uninsured = certifiedPerson(HIRED.minusMonths(1));
        PortalSession session = new PortalSession(port);
        session.login(enterprise, PASSWORD);
        session.get("/portal/enterprise/claims/new");

        Page precheck = session.post(
                "/portal/enterprise/claims/precheck-lines",
                Map.of(
                        "year", "2025",
                        "lines[0].idNumber", eligible,
                        "lines[0].date", "2025-03-01",
                        "lines[1].idNumber", uninsured,
                        "lines[1].date", "2025-03-01",
                        "lines[2].idNumber", "",
                        "lines[2].date", ""),
                true);

        assertThat(precheck.status()).isEqualTo(200);
        assertThat(precheck.body()).contains("共 <strong>2</strong> 行", "本单位连续缴纳社保不满12个月", "1000 元");
        assertThat(precheck.body()).doesNotContain("EMPLOYMENT_UNDER_12_MONTHS");
        assertThat(as(enterprise).get("/api/v1/hiring-subsidy/claims").body()).isEmpty();
    }

    @Test
    void aRejectionShowsWhereAndWhyOnTheStepBar() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);
        String claimId = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, HIRED), HIRED))
                .text("id");
        String task = taskOf(COUNTY_WEIDU, claimId, "user_county_review");
        assertThat(decide(COUNTY_WEIDU, task, "REJECT", "劳动合同与社保记录不一致").status())
                .isEqualTo(204);
        PortalSession session = new PortalSession(port);
        session.login(enterprise, PASSWORD);

        Page page = session.get("/portal/enterprise/claims/" + claimId);

        assertThat(page.body()).contains("未通过：劳动合同与社保记录不一致", "<li class=\"stopped\">县区初审</li>");
        assertThat(session.get("/portal/enterprise").body()).contains("<li class=\"stopped\">县区初审</li>");
    }
}
