package cn.xuchang.hrss.subsidy.startup;

import cn.xuchang.hrss.subsidy.claim.Claim;
import cn.xuchang.hrss.subsidy.claim.ClaimSubmissions;
import cn.xuchang.hrss.subsidy.claim.ClaimSubmissions.Applicant;
import cn.xuchang.hrss.subsidy.claim.Claims;
import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.SubsidyProperties;
import cn.xuchang.hrss.subsidy.ledger.GrantRequest;
import cn.xuchang.hrss.subsidy.ledger.Ledger;
import cn.xuchang.hrss.subsidy.ledger.Scheme;
import cn.xuchang.hrss.subsidy.registry.Enterprise;
import cn.xuchang.hrss.subsidy.registry.Registry;
import cn.xuchang.hrss.subsidy.review.Reviews;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entrepreneurship award applications (process 6). An application reserves, at submission, a grant for the enterprise
 * and one for the founder under the category's scheme: the ledger's unique key then refuses a second application of
 * that category by either of them, in progress or awarded, whatever the interleaving; a rejection releases both.
 */
@Service
public class StartupAwards {

    private final Claims claims;
    private final ClaimSubmissions submissions;
    private final StartupMapper applications;
    private final ScoreBook scores;
    private final Registry registry;
    private final Ledger ledger;
    private final Reviews reviews;
    private final RuntimeService runtime;
    private final SubsidyProperties properties;

    StartupAwards(
            Claims claims,
            ClaimSubmissions submissions,
            StartupMapper applications,
            ScoreBook scores,
            Registry registry,
            Ledger ledger,
            Reviews reviews,
            RuntimeService runtime,
            SubsidyProperties properties) {
        this.claims = claims;
        this.submissions = submissions;
        this.applications = applications;
        this.scores = scores;
        this.registry = registry;
        this.ledger = ledger;
        this.reviews = reviews;
        this.runtime = runtime;
        this.properties = properties;
    }

    public StartupAwardView submit(String enterpriseId, StartupAwardRequest request) {
        Enterprise enterprise = registry.enterprise(enterpriseId);
        if (enterprise == null) {
            throw ApiException.unprocessable("ENTERPRISE_UNKNOWN", "当前账户不是已登记的企业，不能申请创业奖补");
        }
        String founder = Registry.checkIdNumber(request.founderIdNumber());
        StartupCategory category = request.category();
        Scheme scheme = category.scheme();
        Map<String, Object> own = Variables.createVariables()
                .putValue(StartupAwardProcess.CATEGORY, category.name())
                .putValue(StartupAwardProcess.CATEGORY_LABEL, category.label())
                .putValue(StartupAwardProcess.FOUNDER_ID_NUMBER, founder)
                .putValue(
                        StartupAwardProcess.EXPERT_COUNT,
                        properties.startupAward().experts());
        own.putAll(applicationVariables(application(null, request, founder)));
        String claimId = submissions.submit(
                StartupAwardProcess.claims(category),
                new Applicant(enterprise.creditCode(), enterprise.name(), enterprise.countyCode()),
                LocalDate.now().getYear(),
                List.of(),
                own,
                claim -> {
                    own.put(
                            StartupAwardProcess.ATTACHMENT_LINKS,
                            StartupAttachmentDownloads.links(claim.id(), request.attachmentNames()));
                    List<String> keys = List.of(
                            ExpertScoring.enterpriseKey(enterprise.creditCode()), ExpertScoring.founderKey(founder));
                    ledger.lockQuota(enterprise.creditCode(), scheme);
                    if (!ledger.liveSubjects(scheme, keys).isEmpty()) {
                        throw ApiException.unprocessable(
                                "ALREADY_AWARDED", "本企业或该创办人已有" + category.label() + "奖补申请在办理中或已获奖补，同一类别每个申请人只能获奖补一次");
                    }
                    applications.insert(application(claim.id(), request, founder));
                    ledger.reserve(
                            claim.id(),
                            scheme,
                            enterprise.creditCode(),
                            keys.stream()
                                    .map(k -> new GrantRequest(k, BigDecimal.ZERO))
                                    .toList(),
                            null);
                });
        return view(claims.require(claimId));
    }

    /** The enterprise's correction of a returned application; category and founder are who applied and stay. */
    public StartupAwardView correct(String enterpriseId, String claimId, StartupAwardRequest request) {
        Claim claim = own(enterpriseId, claimId);
        StartupApplication stored = applications.find(claimId);
        String founder = Registry.checkIdNumber(request.founderIdNumber());
        if (request.category() != stored.category() || !founder.equals(stored.founderIdNumber())) {
            throw ApiException.badRequest("APPLICANT_CHANGED", "补正时不能更改申报类别或创办人，如需更改请重新申请");
        }
        StartupApplication corrected = application(claimId, request, founder);
        submissions.correct(StartupAwardProcess.claims(stored.category()), claimId, enterpriseId, null, locked -> {
            applications.update(corrected);
            runtime.setVariables(claim.processInstanceId(), applicationVariables(corrected));
        });
        return view(claims.require(claimId));
    }

    @Transactional(readOnly = true)
    public StartupAwardView find(String enterpriseId, String claimId) {
        return view(own(enterpriseId, claimId));
    }

    @Transactional(readOnly = true)
    public List<StartupAwardView> list(String enterpriseId) {
        return Stream.of(StartupCategory.values())
                .flatMap(c -> claims.ofApplicant(enterpriseId, c.scheme()).stream())
                .sorted((a, b) -> b.submittedAt().compareTo(a.submittedAt()))
                .map(this::view)
                .toList();
    }

    private Claim own(String enterpriseId, String claimId) {
        Claim claim = claims.find(claimId);
        if (claim == null
                || (claim.scheme() != Scheme.STARTUP_PARK && claim.scheme() != Scheme.STARTUP_PROJECT)
                || !claim.applicantId().equals(enterpriseId)) {
            throw ApiException.notFound("CLAIM_NOT_FOUND", "没有找到该申请：" + claimId);
        }
        return claim;
    }

    private StartupAwardView view(Claim claim) {
        return StartupAwardView.of(
                claim, applications.find(claim.id()), scores.scoresOf(claim.id()), reviews.ofClaim(claim.id()));
    }

    private static StartupApplication application(String claimId, StartupAwardRequest request, String founder) {
        return new StartupApplication(
                claimId,
                request.category(),
                request.title().strip(),
                founder,
                request.investment(),
                request.jobsCreated(),
                request.description().strip(),
                String.join("\n", request.attachmentNames()),
                null,
                request.founderReturnedHome(),
                request.founderReturnNote() == null
                                || request.founderReturnNote().isBlank()
                        ? null
                        : request.founderReturnNote().strip());
    }

    private static Map<String, Object> applicationVariables(StartupApplication application) {
        List<String> attachments = attachmentList(application.attachments());
        Map<String, Object> variables = Variables.createVariables()
                .putValue(StartupAwardProcess.TITLE, application.title())
                .putValue(
                        StartupAwardProcess.INVESTMENT, application.investment().longValue())
                .putValue(StartupAwardProcess.JOBS_CREATED, application.jobsCreated())
                .putValue(StartupAwardProcess.DESCRIPTION, application.description())
                .putValue(StartupAwardProcess.FOUNDER_RETURN, application.founderReturnLabel())
                .putValue(
                        StartupAwardProcess.ATTACHMENTS,
                        attachments.isEmpty() ? "（未列出附件）" : String.join("\n", attachments));
        if (application.claimId() != null) {
            variables.put(
                    StartupAwardProcess.ATTACHMENT_LINKS,
                    StartupAttachmentDownloads.links(application.claimId(), attachments));
        }
        return variables;
    }

    static List<String> attachmentList(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n"));
    }
}
