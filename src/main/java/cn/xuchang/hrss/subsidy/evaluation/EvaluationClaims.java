package cn.xuchang.hrss.subsidy.evaluation;

import cn.xuchang.hrss.subsidy.claim.Claim;
import cn.xuchang.hrss.subsidy.claim.ClaimItem;
import cn.xuchang.hrss.subsidy.claim.ClaimLists;
import cn.xuchang.hrss.subsidy.claim.ClaimStatus;
import cn.xuchang.hrss.subsidy.claim.ClaimSubmissions;
import cn.xuchang.hrss.subsidy.claim.ClaimVariables;
import cn.xuchang.hrss.subsidy.claim.Claims;
import cn.xuchang.hrss.subsidy.institution.Institution;
import cn.xuchang.hrss.subsidy.institution.InstitutionKind;
import cn.xuchang.hrss.subsidy.institution.InstitutionStatus;
import cn.xuchang.hrss.subsidy.institution.Institutions;
import cn.xuchang.hrss.subsidy.ledger.Scheme;
import cn.xuchang.hrss.subsidy.registry.Regions;
import cn.xuchang.hrss.subsidy.review.Reviews;
import cn.xuchang.hrss.subsidy.system.ApiException;
import cn.xuchang.hrss.subsidy.system.ConflictRetry;
import cn.xuchang.hrss.subsidy.system.SubsidyProperties;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Submitting, correcting and reading evaluation-subsidy claims. */
@Service
public class EvaluationClaims {

    static final int MAX_CERTIFICATE_NO_LENGTH = 64;

    private final Claims claims;
    private final Institutions institutions;
    private final Regions regions;
    private final Reviews reviews;
    private final RuntimeService runtime;
    private final ClaimSubmissions submissions;
    private final ClaimLists lists;
    private final RepositoryService repository;
    private final ConflictRetry retry;
    private final SubsidyProperties properties;

    EvaluationClaims(
            Claims claims,
            Institutions institutions,
            Regions regions,
            Reviews reviews,
            RuntimeService runtime,
            ClaimSubmissions submissions,
            ClaimLists lists,
            RepositoryService repository,
            ConflictRetry retry,
            SubsidyProperties properties) {
        this.claims = claims;
        this.institutions = institutions;
        this.regions = regions;
        this.reviews = reviews;
        this.runtime = runtime;
        this.submissions = submissions;
        this.lists = lists;
        this.repository = repository;
        this.retry = retry;
        this.properties = properties;
    }

    /**
     * Stores the claim and starts its process, which validates every certificate, reserves the eligible ones and waits
     * for the city review (or ends at once when nothing is left to review). One transaction: a refusal stores nothing.
     */
    public EvaluationClaimView submit(String institutionId, EvaluationClaimRequest request) {
        claimingInstitution(institutions.requireSelf(institutionId));
        List<ClaimItem> lines = lines(request);
        String claimId = retry.inTransaction(() -> {
            // the institution row is locked so that an exit deciding meanwhile is seen, not raced
            Institution institution = claimingInstitution(institutions.lock(institutionId));
            return start(institution, lines);
        });
        return view(claims.require(claimId));
    }

    /** Submits a claim for the certificates as the institution would; for the demo data set. Returns its id. */
    public String submit(String institutionId, List<String> certificateNos) {
        return submit(institutionId, new EvaluationClaimRequest(certificateNos)).id();
    }

    private String start(Institution institution, List<ClaimItem> lines) {
        String claimId = UUID.randomUUID().toString();
        LocalDateTime now = LocalDateTime.now();
        claims.insert(
                new Claim(
                        claimId,
                        Scheme.EVALUATION,
                        institution.creditCode(),
                        institution.name(),
                        institution.countyCode(),
                        null,
                        ClaimStatus.SUBMITTED,
                        BigDecimal.ZERO,
                        null,
                        now,
                        now),
                lines);
        Map<String, Object> variables = Variables.createVariables()
                .putValue(ClaimVariables.APPLICANT_ID, institution.creditCode())
                .putValue(ClaimVariables.APPLICANT_NAME, institution.name())
                .putValue(ClaimVariables.COUNTY_CODE, institution.countyCode())
                .putValue(ClaimVariables.COUNTY_NAME, regions.nameOf(institution.countyCode()))
                .putValue(EvaluationSubsidyProcess.STANDARD_ID, currentStandardId());
        String processInstanceId = runtime.startProcessInstanceByKey(EvaluationSubsidyProcess.KEY, claimId, variables)
                .getId();
        claims.setProcessInstance(claimId, processInstanceId);
        return claimId;
    }

    /**
     * The institution's correction of a returned claim: its certificates are replaced, validated again, and the claim
     * goes back to the city review.
     */
    public EvaluationClaimView correct(String institutionId, String claimId, EvaluationClaimRequest request) {
        claims.requireOwn(claimId, Scheme.EVALUATION, institutionId);
        submissions.correct(
                claimId, institutionId, EvaluationSubsidyProcess.USER_CORRECT_CLAIM, lines(request), claim -> {});
        return view(claims.require(claimId));
    }

    @Transactional(readOnly = true)
    public EvaluationClaimView find(String institutionId, String claimId) {
        return view(claims.requireOwn(claimId, Scheme.EVALUATION, institutionId));
    }

    @Transactional(readOnly = true)
    public List<EvaluationClaimView> list(String institutionId) {
        return lists.ofApplicant(institutionId, Scheme.EVALUATION, EvaluationClaimView::of);
    }

    private String currentStandardId() {
        DecisionDefinition standard = repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(EvaluationSubsidyProcess.DECISION_KEY)
                .latestVersion()
                .singleResult();
        if (standard == null) {
            throw new IllegalStateException(
                    "decision table " + EvaluationSubsidyProcess.DECISION_KEY + " is not deployed");
        }
        return standard.getId();
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
        if (request.certificateNos().size() > properties.maxItemsPerClaim()) {
            throw ApiException.badRequest(
                    "TOO_MANY_ITEMS",
                    "一次申请最多列出 " + properties.maxItemsPerClaim() + " 张证书，本次为 "
                            + request.certificateNos().size() + " 张");
        }
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

    private EvaluationClaimView view(Claim claim) {
        return EvaluationClaimView.of(claim, claims.items(claim.id()), reviews.ofClaim(claim.id()));
    }
}
