package cn.xuchang.hrss.subsidy.referral;

import cn.xuchang.hrss.subsidy.claim.ClaimDesk;
import cn.xuchang.hrss.subsidy.claim.ClaimItem;
import cn.xuchang.hrss.subsidy.claim.ClaimLists;
import cn.xuchang.hrss.subsidy.claim.ClaimSize;
import cn.xuchang.hrss.subsidy.claim.ClaimSubmissions;
import cn.xuchang.hrss.subsidy.claim.ClaimSubmissions.Applicant;
import cn.xuchang.hrss.subsidy.claim.ClaimView;
import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.SubsidyProperties;
import cn.xuchang.hrss.subsidy.registry.CreditCode;
import cn.xuchang.hrss.subsidy.roster.RosterRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The referral subsidy's part of submitting, correcting and reading claims; the claim machinery does the rest. */
@Service
public class ReferralClaims extends ClaimDesk<ReferralClaimRequest, ReferralClaimView.Heading, ReferralClaimView.Item> {

    static final int EARLIEST_YEAR = 2019;

    private final Agencies agencies;
    private final ClaimSubmissions submissions;
    private final SubsidyProperties properties;

    ReferralClaims(Agencies agencies, ClaimSubmissions submissions, ClaimLists lists, SubsidyProperties properties) {
        super(ReferralSubsidyProcess.CLAIMS, ReferralClaimView.SHAPE, lists);
        this.agencies = agencies;
        this.submissions = submissions;
        this.properties = properties;
    }

    /** Stores the claim and starts its process, which validates every placement and waits for the county review. */
    @Override
    public ClaimView<ReferralClaimView.Heading, ReferralClaimView.Item> submit(
            String agencyId, ReferralClaimRequest request) {
        Agency agency = agencies.find(agencyId);
        if (agency == null) {
            throw ApiException.unprocessable("AGENCY_UNKNOWN", "当前账户不是已登记的人力资源服务机构，不能申请职业介绍补贴");
        }
        String claimId = submissions.submit(
                ReferralSubsidyProcess.CLAIMS,
                new Applicant(agency.creditCode(), agency.name(), agency.countyCode()),
                LocalDate.now().getYear(),
                lines(request),
                Map.of());
        return view(claimId);
    }

    /** The agency's correction of a returned claim: validated again, then back to the county review. */
    @Override
    public ClaimView<ReferralClaimView.Heading, ReferralClaimView.Item> correct(
            String agencyId, String claimId, ReferralClaimRequest request) {
        submissions.correct(ReferralSubsidyProcess.CLAIMS, claimId, agencyId, lines(request), claim -> {});
        return view(claimId);
    }

    private List<ClaimItem> lines(ReferralClaimRequest request) {
        ClaimSize.requireAtMost(
                properties.maxItemsPerClaim(), request.placements().size(), "人");
        List<ClaimItem> lines = new ArrayList<>();
        int lineNo = 1;
        for (ReferralClaimRequest.PlacementRequest placement : request.placements()) {
            String idNumber = placement.idNumber().strip().toUpperCase();
            String employer = CreditCode.normalize(placement.employerCreditCode());
            if (idNumber.length() > 64) {
                throw ApiException.badRequest("INVALID_REQUEST", "身份证号码过长");
            }
            if (employer.length() > 18) {
                throw ApiException.badRequest("INVALID_CREDIT_CODE", "用人单位统一社会信用代码过长：" + employer);
            }
            if (placement.startedOn().isAfter(LocalDate.now())
                    || placement.startedOn().getYear() < EARLIEST_YEAR) {
                throw ApiException.badRequest("INVALID_START_DATE", "上岗日期不在合理范围内：" + placement.startedOn());
            }
            lines.add(ClaimItem.submitted(lineNo++, idNumber, employer, placement.startedOn()));
        }
        return lines;
    }

    @Override
    public ReferralClaimRequest fromRoster(Integer year, List<RosterRow> rows) {
        return ReferralClaimRequest.of(rows);
    }
}
