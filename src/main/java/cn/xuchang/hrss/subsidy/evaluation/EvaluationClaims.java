package cn.xuchang.hrss.subsidy.evaluation;

import cn.xuchang.hrss.subsidy.claim.ClaimDesk;
import cn.xuchang.hrss.subsidy.claim.ClaimItem;
import cn.xuchang.hrss.subsidy.claim.ClaimLists;
import cn.xuchang.hrss.subsidy.claim.ClaimSize;
import cn.xuchang.hrss.subsidy.claim.ClaimSubmissions;
import cn.xuchang.hrss.subsidy.claim.ClaimSubmissions.Applicant;
import cn.xuchang.hrss.subsidy.claim.ClaimView;
import cn.xuchang.hrss.subsidy.institution.Institution;
import cn.xuchang.hrss.subsidy.institution.InstitutionKind;
import cn.xuchang.hrss.subsidy.institution.InstitutionStatus;
import cn.xuchang.hrss.subsidy.institution.Institutions;
import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.SubsidyProperties;
import cn.xuchang.hrss.subsidy.roster.RosterRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The evaluation subsidy's part of submitting, correcting and reading claims; the claim machinery does the rest. */
@Service
public class EvaluationClaims
        extends ClaimDesk<EvaluationClaimRequest, EvaluationClaimView.Heading, EvaluationClaimView.Item> {

    static final int MAX_CERTIFICATE_NO_LENGTH = 64;

    private final Institutions institutions;
    private final ClaimSubmissions submissions;
    private final SubsidyProperties properties;

    EvaluationClaims(
            Institutions institutions, ClaimSubmissions submissions, ClaimLists lists, SubsidyProperties properties) {
        super(EvaluationSubsidyProcess.CLAIMS, EvaluationClaimView.SHAPE, lists);
        this.institutions = institutions;
        this.submissions = submissions;
        this.properties = properties;
    }

    /**
     * Stores the claim and starts its process, which validates every certificate, reserves the eligible ones and waits
     * for the city review (or ends at once when nothing is left to review). One transaction: a refusal stores nothing.
     */
    @Override
    public ClaimView<EvaluationClaimView.Heading, EvaluationClaimView.Item> submit(
            String institutionId, EvaluationClaimRequest request) {
        Institution institution = claimingInstitution(institutions.requireSelf(institutionId));
        String claimId = submissions.submit(
                EvaluationSubsidyProcess.CLAIMS,
                new Applicant(institution.creditCode(), institution.name(), institution.countyCode()),
                null,
                lines(request),
                Map.of(),
                // the institution row is locked so that an exit deciding meanwhile is seen, not raced
                claim -> claimingInstitution(institutions.lock(institutionId)));
        return view(claimId);
    }

    /** Submits a claim for the certificates as the institution would; for the demo data set. Returns its id. */
    public String submit(String institutionId, List<String> certificateNos) {
        return submit(institutionId, new EvaluationClaimRequest(certificateNos)).id();
    }

    /**
     * The institution's correction of a returned claim: its certificates are replaced, validated again, and the claim
     * goes back to the city review.
     */
    @Override
    public ClaimView<EvaluationClaimView.Heading, EvaluationClaimView.Item> correct(
            String institutionId, String claimId, EvaluationClaimRequest request) {
        submissions.correct(EvaluationSubsidyProcess.CLAIMS, claimId, institutionId, lines(request), claim -> {});
        return view(claimId);
    }

    private static Institution claimingInstitution(Institution institution) {
        if (institution.kind() != InstitutionKind.EVALUATION) {
            throw ApiException.unprocessable("NOT_EVALUATION_INSTITUTION", "只有评价机构可以申请技能评价补贴");
        }
        if (institution.status() == InstitutionStatus.EXITED) {
            throw ApiException.unprocessable("INSTITUTION_EXITED", "本机构已被退出评价目录，不再受理新的评价补贴申请");
        }
        return institution;
    }

    private List<ClaimItem> lines(EvaluationClaimRequest request) {
        ClaimSize.requireAtMost(
                properties.maxItemsPerClaim(), request.certificateNos().size(), "张证书");
        List<ClaimItem> lines = new ArrayList<>();
        int lineNo = 1;
        for (String number : request.certificateNos()) {
            String no = number.strip();
            if (no.isEmpty() || no.length() > MAX_CERTIFICATE_NO_LENGTH) {
                throw ApiException.badRequest(
                        "INVALID_CERTIFICATE_NO", "第 " + lineNo + " 个证书编号应为 1 到 " + MAX_CERTIFICATE_NO_LENGTH + " 个字符");
            }
            lines.add(ClaimItem.submitted(lineNo++, no, null, null));
        }
        return lines;
    }

    @Override
    public EvaluationClaimRequest fromRoster(Integer year, List<RosterRow> rows) {
        return EvaluationClaimRequest.of(rows);
    }
}
