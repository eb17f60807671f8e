package cn.xuchang.hrss.subsidy.referral;

import cn.xuchang.hrss.subsidy.claim.Claim;
import cn.xuchang.hrss.subsidy.claim.ClaimItem;
import cn.xuchang.hrss.subsidy.claim.ClaimLists;
import cn.xuchang.hrss.subsidy.claim.ClaimStatus;
import cn.xuchang.hrss.subsidy.claim.ClaimSubmissions;
import cn.xuchang.hrss.subsidy.claim.ClaimVariables;
import cn.xuchang.hrss.subsidy.claim.Claims;
import cn.xuchang.hrss.subsidy.ledger.Scheme;
import cn.xuchang.hrss.subsidy.registry.CreditCode;
import cn.xuchang.hrss.subsidy.registry.Regions;
import cn.xuchang.hrss.subsidy.review.Reviews;
import cn.xuchang.hrss.subsidy.system.ApiException;
import cn.xuchang.hrss.subsidy.system.SubsidyProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Submitting, correcting and reading referral-subsidy claims; the claim machinery does the rest. */
@Service
public class ReferralClaims {

    static final int EARLIEST_YEAR = 2019;

    private final Agencies agencies;
    private final Claims claims;
    private final ClaimSubmissions submissions;
    private final ClaimLists lists;
    private final Regions regions;
    private final Reviews reviews;
    private final SubsidyProperties properties;

    ReferralClaims(
            Agencies agencies,
            Claims claims,
            ClaimSubmissions submissions,
            ClaimLists lists,
            Regions regions,
            Reviews reviews,
            SubsidyProperties properties) {
        this.agencies = agencies;
        this.claims = claims;
        this.submissions = submissions;
        this.lists = lists;
        this.regions = regions;
        this.reviews = reviews;
        this.properties = properties;
    }

    /** Stores the claim and starts its process, which validates every placement and waits for the county review. */
    public ReferralClaimView submit(String agencyId, ReferralClaimRequest request) {
        Agency agency = agencies.find(agencyId);
        if (agency == null) {
            throw ApiException.unprocessable("AGENCY_UNKNOWN", "当前账户不是已登记的人力资源服务机构，不能申请职业介绍补贴");
        }
        List<ClaimItem> lines = lines(request);
        LocalDateTime now = LocalDateTime.now();
        Claim claim = new Claim(
                UUID.randomUUID().toString(),
                Scheme.REFERRAL,
                agency.creditCode(),
                agency.name(),
                agency.countyCode(),
                now.getYear(),
                ClaimStatus.SUBMITTED,
                BigDecimal.ZERO,
                null,
                now,
                now);
        Map<String, Object> variables = Variables.createVariables()
                .putValue(ClaimVariables.APPLICANT_ID, agency.creditCode())
                .putValue(ClaimVariables.APPLICANT_NAME, agency.name())
                .putValue(ClaimVariables.COUNTY_CODE, agency.countyCode())
                .putValue(ClaimVariables.COUNTY_NAME, regions.nameOf(agency.countyCode()));
        String claimId = submissions.submit(claim, lines, ReferralSubsidyProcess.KEY, variables);
        return view(claims.require(claimId));
    }

    /** The agency's correction of a returned claim: validated again, then back to the county review. */
    public ReferralClaimView correct(String agencyId, String claimId, ReferralClaimRequest request) {
        claims.requireOwn(claimId, Scheme.REFERRAL, agencyId);
        submissions.correct(claimId, agencyId, ReferralSubsidyProcess.USER_CORRECT_CLAIM, lines(request), claim -> {});
        return view(claims.require(claimId));
    }

    @Transactional(readOnly = true)
    public ReferralClaimView find(String agencyId, String claimId) {
        return view(claims.requireOwn(claimId, Scheme.REFERRAL, agencyId));
    }

    @Transactional(readOnly = true)
    public List<ReferralClaimView> list(String agencyId) {
        return lists.ofApplicant(agencyId, Scheme.REFERRAL, ReferralClaimView::of);
    }

    private ReferralClaimView view(Claim claim) {
        return ReferralClaimView.of(claim, claims.items(claim.id()), reviews.ofClaim(claim.id()));
    }

    private List<ClaimItem> lines(ReferralClaimRequest request) {
        if (request.placements().size() > properties.maxItemsPerClaim()) {
            throw ApiException.badRequest(
                    "TOO_MANY_ITEMS",
                    "一次申请最多列出 " + properties.maxItemsPerClaim() + " 人，本次为 "
                            + request.placements().size() + " 人");
        }
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
}
