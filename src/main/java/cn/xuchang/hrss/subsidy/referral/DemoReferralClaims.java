package cn.xuchang.hrss.subsidy.referral;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Lets the demo data set submit a referral claim the way an agency would. */
@Component
public class DemoReferralClaims {

    private final ReferralClaims referralClaims;

    DemoReferralClaims(ReferralClaims referralClaims) {
        this.referralClaims = referralClaims;
    }

    public record Placement(String idNumber, String employerCreditCode, LocalDate startedOn) {}

    public String submitDemoClaim(String agencyId, List<Placement> placements) {
        ReferralClaimRequest request = new ReferralClaimRequest(placements.stream()
                .map(p ->
                        new ReferralClaimRequest.PlacementRequest(p.idNumber(), p.employerCreditCode(), p.startedOn()))
                .toList());
        return referralClaims.submit(agencyId, request).id();
    }
}
