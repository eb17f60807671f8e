package cn.xuchang.hrss.subsidy.hiring;

import cn.xuchang.hrss.subsidy.claim.ClaimDesk;
import cn.xuchang.hrss.subsidy.claim.ClaimItem;
import cn.xuchang.hrss.subsidy.claim.ClaimLists;
import cn.xuchang.hrss.subsidy.claim.ClaimSize;
import cn.xuchang.hrss.subsidy.claim.ClaimSubmissions;
import cn.xuchang.hrss.subsidy.claim.ClaimSubmissions.Applicant;
import cn.xuchang.hrss.subsidy.claim.ClaimVariables;
import cn.xuchang.hrss.subsidy.claim.ClaimView;
import cn.xuchang.hrss.subsidy.claim.Claims;
import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.SubsidyProperties;
import cn.xuchang.hrss.subsidy.ledger.Ledger;
import cn.xuchang.hrss.subsidy.ledger.Quota;
import cn.xuchang.hrss.subsidy.ledger.Scheme;
import cn.xuchang.hrss.subsidy.ledger.Yuan;
import cn.xuchang.hrss.subsidy.registry.Enterprise;
import cn.xuchang.hrss.subsidy.registry.Registry;
import cn.xuchang.hrss.subsidy.roster.RosterRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hiring subsidy's part of submitting, correcting and reading claims: who may claim, its checks, its lines and
 * the quota page; {@link ClaimSubmissions} and {@link ClaimLists} do the rest.
 */
@Service
public class HiringClaims extends ClaimDesk<HiringClaimRequest, HiringClaimView.Heading, HiringClaimView.Item> {

    @Override
    public Integer yearOf(HiringClaimView.Heading heading) {
        return heading.year();
    }

    private final Claims claims;
    private final Registry registry;
    private final Ledger ledger;
    private final RuntimeService runtime;
    private final ClaimSubmissions submissions;
    private final HiringStandards standards;
    private final SubsidyProperties properties;

    HiringClaims(
            Claims claims,
            Registry registry,
            Ledger ledger,
            RuntimeService runtime,
            ClaimSubmissions submissions,
            ClaimLists lists,
            HiringStandards standards,
            SubsidyProperties properties) {
        super(HiringSubsidyProcess.CLAIMS, HiringClaimView.SHAPE, lists);
        this.claims = claims;
        this.registry = registry;
        this.ledger = ledger;
        this.runtime = runtime;
        this.submissions = submissions;
        this.standards = standards;
        this.properties = properties;
    }

    /**
     * Stores the claim and starts its process, which validates every line, reserves the eligible ones and waits for the
     * county review (or ends at once when nothing is eligible). One transaction: a refusal stores nothing.
     */
    @Override
    public ClaimView<HiringClaimView.Heading, HiringClaimView.Item> submit(
            String enterpriseId, HiringClaimRequest request) {
        Enterprise enterprise = claimingEnterprise(enterpriseId);
        checkRequest(request);
        String claimId = submissions.submit(
                HiringSubsidyProcess.CLAIMS,
                new Applicant(enterprise.creditCode(), enterprise.name(), enterprise.countyCode()),
                request.year(),
                lines(request),
                Variables.putValue(
                        HiringSubsidyProcess.ENTERPRISE_SCALE,
                        enterprise.scale().name()));
        return view(claimId);
    }

    /**
     * The enterprise's correction of a returned claim: its lines are replaced and the claim is validated again and goes
     * back to the county review.
     */
    @Override
    public ClaimView<HiringClaimView.Heading, HiringClaimView.Item> correct(
            String enterpriseId, String claimId, HiringClaimRequest request) {
        checkRequest(request);
        submissions.correct(HiringSubsidyProcess.CLAIMS, claimId, enterpriseId, lines(request), claim -> {
            claims.updateYear(claimId, request.year());
            runtime.setVariable(claim.processInstanceId(), ClaimVariables.CLAIM_YEAR, request.year());
        });
        return view(claimId);
    }

    /**
     * The enterprise's cap (from the decision-table version in force, for its scale: the cap a claim submitted now is
     * checked against), what it holds against it, and which version the cap comes from. Not read-only: the engine
     * records the decision's evaluation in its history.
     */
    @Transactional
    public Map<String, Object> quota(String creditCode) {
        Enterprise enterprise = registry.enterprise(creditCode);
        if (enterprise == null) {
            throw ApiException.notFound("ENTERPRISE_NOT_FOUND", "没有找到该企业：" + creditCode);
        }
        Quota quota = ledger.quota(creditCode, Scheme.HIRING);
        HiringStandards.Cap cap = standards.capNow(enterprise.scale());
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("cap", Yuan.of(cap.amount()));
        page.put("reserved", Yuan.of(quota.reserved()));
        page.put("paid", Yuan.of(quota.paid()));
        page.put("remaining", Yuan.of(cap.amount().subtract(quota.used()).max(BigDecimal.ZERO)));
        page.put(
                "standard",
                Map.of(
                        "decisionKey", cap.version().key(),
                        "version", cap.version().version(),
                        "label",
                                "补助标准决策表 " + cap.version().key() + " 第 "
                                        + cap.version().version() + " 版"));
        return page;
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
        ClaimSize.requireAtMost(properties.maxItemsPerClaim(), request.hires().size(), "人");
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

    @Override
    public HiringClaimRequest fromRoster(Integer year, List<RosterRow> rows) {
        if (year == null) {
            throw ApiException.badRequest("INVALID_REQUEST", "请填写申报年度（year）");
        }
        return HiringClaimRequest.of(year, rows);
    }
}
