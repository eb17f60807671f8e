package cn.xuchang.hrss.subsidy.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.support.PortalSession;
import cn.xuchang.hrss.subsidy.support.PortalSession.Page;
import cn.xuchang.hrss.subsidy.support.ProductionSecuritySettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The objection form of the public notices page goes through the same limits as the API (5 an hour from one client
 * address): the sixth is refused with 429 and the notices page says why in words, with nothing stored.
 */
@ProductionSecuritySettings
class ObjectionPageSecurityIT extends ApiIntegrationTest {

    /** Client addresses differ from run to run: a MySQL database may keep the last run's objections. */
    private static final Random RANDOM = new Random();

    @Test
    void theSixthObjectionFromOneClientIsToldOnThePage() throws Exception {
        String claimId = claimInPublicNotice();
        String client = "198.20." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254));
        PortalSession visitor = new PortalSession(port, client);
        visitor.get("/public/notices");

        List<Integer> statuses = new ArrayList<>();
        Page refused = null;
        for (int i = 0; i < 6; i++) {
            Page page = visitor.post(
                    "/public/notices/" + claimId + "/objections", Map.of("reason", "第 " + i + " 条异议：该企业虚报"), true);
            statuses.add(page.status());
            refused = page;
        }

        assertThat(statuses.subList(0, 5)).containsOnly(302);
        assertThat(statuses.get(5)).isEqualTo(429);
        assertThat(refused.body()).contains("异议暂未受理", "同一来源", "最多可提交 5 条异议", "c-" + claimId);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM public_objection WHERE claim_id = ?", Integer.class, claimId))
                .isEqualTo(5);
    }

    private String claimInPublicNotice() {
        String enterprise = enterprise("SMALL", WEIDU);
        LocalDate hired = LocalDate.of(2025, 3, 3);
        String claimId = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, hired), hired))
                .text("id");
        decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, claimId, "user_county_review"), "APPROVE", "材料齐全");
        decide(CITY, taskOf(CITY, claimId, "user_city_review"), "APPROVE", "同意拨付");
        assertThat(claim(enterprise, claimId).path("status").asText()).isEqualTo("PUBLIC_NOTICE");
        return claimId;
    }
}
