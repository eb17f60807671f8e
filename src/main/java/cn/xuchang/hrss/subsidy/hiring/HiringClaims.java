package cn.xuchang.hrss.subsidy.hiring;

import cn.xuchang.hrss.subsidy.claim.Claim;
import cn.xuchang.hrss.subsidy.claim.ClaimItem;
import cn.xuchang.hrss.subsidy.claim.ClaimLists;
import cn.xuchang.hrss.subsidy.claim.ClaimStatus;
import cn.xuchang.hrss.subsidy.claim.ClaimSubmissions;
import cn.xuchang.hrss.subsidy.claim.ClaimVariables;
import cn.xuchang.hrss.subsidy.claim.Claims;
import cn.xuchang.hrss.subsidy.ledger.Ledger;
import cn.xuchang.hrss.subsidy.ledger.Quota;
import cn.xuchang.hrss.subsidy.ledger.Scheme;
import cn.xuchang.hrss.subsidy.ledger.Yuan;
import cn.xuchang.hrss.subsidy.registry.Enterprise;
import cn.xuchang.hrss.subsidy.registry.Regions;
import cn.xuchang.hrss.subsidy.registry.Registry;
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
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Submitting, correcting and reading hiring-subsidy claims. */
@Service
public class HiringClaims {

    private final Claims claims;
    private final Registry registry;
    private final Regions regions;
    private final Ledger ledger;
    private final Reviews reviews;
    private final RuntimeService runtime;
    private final DecisionService decisions;
    private final ClaimSubmissions submissions;
    private final ClaimLists lists;
    private final SubsidyProperties properties;

    HiringClaims(
            Claims claims,
            Registry registry,
            Regions regions,
            Ledger ledger,
            Reviews reviews,
            RuntimeService runtime,
            DecisionService decisions,
            ClaimSubmissions submissions,
            ClaimLists lists,
            SubsidyProperties properties) {
        this.claims = claims;
        this.registry = registry;
        this.regions = regions;
        this.ledger = ledger;
        this.reviews = reviews;
        this.runtime = runtime;
        this.decisions = decisions;
        this.submissions = submissions;
        this.lists = lists;
        this.properties = properties;
    }

    /**
     * Stores the claim and starts its process, which validates every line, reserves the eligible ones and waits for the
     * county review (or ends at once when nothing is eligible). One transaction: a refusal stores nothing.
     */
    public HiringClaimView submit(String enterpriseId, HiringClaimRequest request) {
        Enterprise enterprise = claimingEnterprise(enterpriseId);
        checkRequest(request);
        LocalDateTime now = LocalDateTime.now();
        Claim claim = new Claim(
                UUID.randomUUID().toString(),
                Scheme.HIRING,
                enterprise.creditCode(),
                enterprise.name(),
                enterprise.countyCode(),
                request.year(),
                ClaimStatus.SUBMITTED,
                BigDecimal.ZERO,
                null,
                now,
                now);
        Map<String, Object> variables = Variables.createVariables()
                .putValue(ClaimVariables.APPLICANT_ID, enterprise.creditCode())
                .putValue(ClaimVariables.APPLICANT_NAME, enterprise.name())
                .putValue(ClaimVariables.COUNTY_CODE, enterprise.countyCode())
                .putValue(ClaimVariables.COUNTY_NAME, regions.nameOf(enterprise.countyCode()))
                .putValue(ClaimVariables.CLAIM_YEAR, request.year())
                .putValue(
                        HiringSubsidyProcess.ENTERPRISE_SCALE,
                        enterprise.scale().name());
        String claimId = submissions.submit(claim, lines(request), HiringSubsidyProcess.KEY, variables);
        return view(claims.require(claimId));
    }

    /**
     * The enterprise's correction of a returned claim: its lines are replaced and the claim is validated again and goes
     * back to the county review.
     */
    public HiringClaimView correct(String enterpriseId, String claimId, HiringClaimRequest request) {
        claims.requireOwn(claimId, Scheme.HIRING, enterpriseId);
        checkRequest(request);
        submissions.correct(claimId, enterpriseId, HiringSubsidyProcess.USER_CORRECT_CLAIM, lines(request), claim -> {
            claims.updateYear(claimId, request.year());
            runtime.setVariable(claim.processInstanceId(), ClaimVariables.CLAIM_YEAR, request.year());
        });
        return view(claims.require(claimId));
    }

    @Transactional(readOnly = true)
    public HiringClaimView find(String enterpriseId, String claimId) {
        return view(claims.requireOwn(claimId, Scheme.HIRING, enterpriseId));
    }

    @Transactional(readOnly = true)
    public List<HiringClaimView> list(String enterpriseId) {
        return lists.ofApplicant(enterpriseId, Scheme.HIRING, HiringClaimView::of);
    }

    /**
     * The enterprise's cap (from the decision table, for its scale) and what it holds against it. Not read-only: the
     * engine records the decision's evaluation in its history.
     */
    @Transactional
    public Map<String, BigDecimal> quota(String creditCode) {
        Enterprise enterprise = registry.enterprise(creditCode);
        if (enterprise == null) {
            throw ApiException.notFound("ENTERPRISE_NOT_FOUND", "没有找到该企业：" + creditCode);
        }
        Quota quota = ledger.quota(creditCode, Scheme.HIRING);
        BigDecimal cap = capFor(enterprise);
        return Map.of(
                "cap", Yuan.of(cap),
                "reserved", Yuan.of(quota.reserved()),
                "paid", Yuan.of(quota.paid()),
                "remaining", Yuan.of(cap.subtract(quota.used()).max(BigDecimal.ZERO)));
    }

    private BigDecimal capFor(Enterprise enterprise) {
        var result = decisions
                .evaluateDecisionTableByKey(HiringSubsidyProcess.DECISION_KEY)
                .variables(Variables.putValue(
                        HiringSubsidyProcess.ENTERPRISE_SCALE,
                        enterprise.scale().name()))
                .evaluate();
        if (result.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(result.getSingleResult()
                .getEntry(HiringSubsidyProcess.ENTERPRISE_CAP)
                .toString());
    }

    private HiringClaimView view(Claim claim) {
        return HiringClaimView.of(claim, claims.items(claim.id()), reviews.ofClaim(claim.id()));
    }

    private Enterprise claimingEnterprise(String enterpriseId) {
        Enterprise enterprise = registry.enterprise(enterpriseId);
        if (enterprise == null) {
            throw ApiException.unprocessable("ENTERPRISE_UNKNOWN", "当前账户不是已登记的企业，不能申请吸纳就业补助");
        }
        if (!enterprise.scale().isSme()) {
            throw ApiException.unprocessable("ENTERPRISE_NOT_SME", "吸纳持证人员就业补助仅面向中小微企业，本企业登记为大型企业");
        }
        return enterprise;
    }

    private void checkRequest(HiringClaimRequest request) {
        int thisYear = LocalDate.now().getYear();
        int firstYear = properties.claimYears().first();
        if (!properties.claimYears().accepts(request.year(), thisYear)) {
            throw ApiException.badRequest(
                    "INVALID_YEAR", "申报年度应在 " + firstYear + " 至 " + thisYear + " 之间：" + request.year());
        }
        if (request.hires().size() > properties.maxItemsPerClaim()) {
            throw ApiException.badRequest(
                    "TOO_MANY_ITEMS",
                    "一次申请最多列出 " + properties.maxItemsPerClaim() + " 人，本次为 "
                            + request.hires().size() + " 人");
        }
        for (HiringClaimRequest.HireRequest hire : request.hires()) {
            if (hire.idNumber().length() > 64) {
                throw ApiException.badRequest("INVALID_REQUEST", "身份证号码过长");
            }
            if (hire.hiredOn().isAfter(LocalDate.now()) || hire.hiredOn().getYear() < firstYear - 1) {
                throw ApiException.badRequest("INVALID_HIRE_DATE", "入职日期不在合理范围内：" + hire.hiredOn());
            }
        }
    }

    private static List<ClaimItem> lines(HiringClaimRequest request) {
        List<ClaimItem> lines = new ArrayList<>();
        int lineNo = 1;
        for (HiringClaimRequest.HireRequest hire : request.hires()) {
            lines.add(ClaimItem.submitted(lineNo++, hire.idNumber().strip().toUpperCase(), null, hire.hiredOn()));
        }
        return lines;
    }
}
