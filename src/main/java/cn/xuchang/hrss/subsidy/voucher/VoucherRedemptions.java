package cn.xuchang.hrss.subsidy.voucher;

import cn.xuchang.hrss.subsidy.claim.ClaimDesk;
import cn.xuchang.hrss.subsidy.claim.ClaimItem;
import cn.xuchang.hrss.subsidy.claim.ClaimLists;
import cn.xuchang.hrss.subsidy.claim.ClaimSize;
import cn.xuchang.hrss.subsidy.claim.ClaimSubmissions;
import cn.xuchang.hrss.subsidy.claim.ClaimSubmissions.Applicant;
import cn.xuchang.hrss.subsidy.claim.ClaimView;
import cn.xuchang.hrss.subsidy.institution.Institution;
import cn.xuchang.hrss.subsidy.institution.Institutions;
import cn.xuchang.hrss.subsidy.kernel.SubsidyProperties;
import cn.xuchang.hrss.subsidy.roster.RosterLayout;
import cn.xuchang.hrss.subsidy.roster.RosterRow;
import cn.xuchang.hrss.subsidy.voucher.VoucherRequests.RedemptionRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * A training institution redeems its certified vouchers (以证换券): one claim of the shared machinery, subject = voucher
 * code, amount = face value; city review, public notice, payment; the paid vouchers become REDEEMED.
 */
@Service
public class VoucherRedemptions
        extends ClaimDesk<RedemptionRequest, VoucherRedemptionView.Heading, VoucherRedemptionView.Item> {

    private final Institutions institutions;
    private final ClaimSubmissions submissions;
    private final SubsidyProperties properties;

    VoucherRedemptions(
            Institutions institutions, ClaimSubmissions submissions, ClaimLists lists, SubsidyProperties properties) {
        super(VoucherRedemptionProcess.CLAIMS, VoucherRedemptionView.SHAPE, lists);
        this.institutions = institutions;
        this.submissions = submissions;
        this.properties = properties;
    }

    /** Stores the redemption claim and starts its process, which assesses every code and reserves the eligible ones. */
    @Override
    public ClaimView<VoucherRedemptionView.Heading, VoucherRedemptionView.Item> submit(
            String institutionId, RedemptionRequest request) {
        Institution institution = institutions.requireSelf(institutionId);
        String claimId = submissions.submit(
                VoucherRedemptionProcess.CLAIMS,
                new Applicant(institution.creditCode(), institution.name(), institution.countyCode()),
                null,
                lines(request),
                Map.of());
        return view(claimId);
    }

    /** The institution's correction of a returned redemption: its codes are replaced and assessed again. */
    @Override
    public ClaimView<VoucherRedemptionView.Heading, VoucherRedemptionView.Item> correct(
            String institutionId, String claimId, RedemptionRequest request) {
        submissions.correct(VoucherRedemptionProcess.CLAIMS, claimId, institutionId, lines(request), claim -> {});
        return view(claimId);
    }

    private List<ClaimItem> lines(RedemptionRequest request) {
        ClaimSize.requireAtMost(properties.maxItemsPerClaim(), request.codes().size(), "张培训券");
        List<ClaimItem> lines = new ArrayList<>();
        int lineNo = 1;
        for (String code : request.codes()) {
            lines.add(ClaimItem.submitted(lineNo++, code.strip(), null, null));
        }
        return lines;
    }

    @Override
    public RedemptionRequest fromRoster(Integer year, List<RosterRow> rows) {
        return new RedemptionRequest(
                rows.stream().map(row -> row.text(RosterLayout.VOUCHER_CODE)).toList());
    }
}
