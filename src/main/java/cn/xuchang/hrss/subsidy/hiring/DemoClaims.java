package cn.xuchang.hrss.subsidy.hiring;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Lets the demo data set submit a claim the way an enterprise would. */
@Component
public class DemoClaims {

    private final HiringClaims hiringClaims;

    DemoClaims(HiringClaims hiringClaims) {
        this.hiringClaims = hiringClaims;
    }

    public record Hire(String idNumber, LocalDate hiredOn) {}

    public String submitDemoClaim(String enterpriseId, int year, List<Hire> hires) {
        HiringClaimRequest request = new HiringClaimRequest(
                year,
                hires.stream()
                        .map(h -> new HiringClaimRequest.HireRequest(h.idNumber(), h.hiredOn()))
                        .toList());
        return hiringClaims.submit(enterpriseId, request).id();
    }
}
