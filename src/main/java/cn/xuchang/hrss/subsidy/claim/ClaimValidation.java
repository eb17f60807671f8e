package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.claim.ClaimAssessor.AssessedItem;
import cn.xuchang.hrss.subsidy.claim.ClaimAssessor.Assessment;
import cn.xuchang.hrss.subsidy.kernel.TransactionVariables;
import cn.xuchang.hrss.subsidy.ledger.GrantRequest;
import cn.xuchang.hrss.subsidy.ledger.Ledger;
import cn.xuchang.hrss.subsidy.ledger.Quota;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The validation step every claim process starts with (and repeats after a correction): release what the claim held,
 * assess its lines, reserve the eligible ones, store the result and hand the reviewers' view to the process.
 * A scheme's validation bean extends it with its {@link ClaimAssessor}, in one file named as the BPMN names it
 * ({@code ValidateHiringClaim} for {@code ${validateHiringClaim}}).
 */
public abstract class ClaimValidation implements JavaDelegate {

    private final ClaimAssessor assessor;
    private final Claims claims;
    private final Ledger ledger;

    protected ClaimValidation(ClaimAssessor assessor, Claims claims, Ledger ledger) {
        this.assessor = assessor;
        this.claims = claims;
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Claim claim = claims.require(execution.getProcessBusinessKey());
        SubmittedLines submitted = SubmittedLines.unstored(claim.id());
        List<ClaimItem> lines =
                submitted != null ? claims.prepared(claim, submitted.lines()) : claims.items(claim.id());
        ledger.release(claim.id(), claim.scheme(), claim.applicantId());
        Quota quota = ledger.lockQuota(claim.applicantId(), claim.scheme());
        Assessment assessment =
                assessor.assess(claim, lines, quota, keys -> ledger.liveSubjects(claim.scheme(), keys), execution);

        List<ClaimItem> assessed = new ArrayList<>();
        List<GrantRequest> grants = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int reviewOnly = 0;
        for (AssessedItem line : assessment.items()) {
            assessed.add(line.item());
            if (Reasons.onlyForTheReviewer(line.item().reasonList())) {
                reviewOnly++;
            }
            if (line.item().eligible()) {
                grants.add(new GrantRequest(line.grantKey(), line.item().amount()));
                total = total.add(line.item().amount());
            }
        }
        ledger.reserve(claim.id(), claim.scheme(), claim.applicantId(), grants, assessment.cap());
        List<ClaimItem> stored;
        if (submitted != null) {
            stored = claims.storeItems(claim, assessed);
            claims.updateTotal(claim.id(), total);
            submitted.markStored();
        } else {
            stored = claims.replaceItems(claim, assessed, total);
        }

        execution.setVariable(ClaimVariables.ELIGIBLE_COUNT, grants.size());
        execution.setVariable(ClaimVariables.TOTAL_AMOUNT, total.longValue());
        // read by a gateway right after validation only (the form shows the lines, not the count)
        TransactionVariables.set(execution, ClaimVariables.REVIEW_ONLY_COUNT, reviewOnly);
        List<Map<String, Object>> view = reviewView(stored);
        ClaimChanges.publish(execution, view);
        execution.setVariable(
                ClaimVariables.CLAIM_ITEMS,
                Variables.objectValue(view)
                        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                        .create());
    }

    /** The lines as the reviewers' form shows them. */
    static List<Map<String, Object>> reviewView(List<ClaimItem> items) {
        List<Map<String, Object>> view = new ArrayList<>();
        for (ClaimItem item : items) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("lineNo", item.lineNo());
            line.put("subject", item.subject());
            line.put("name", item.personName() == null ? "" : item.personName());
            line.put("date", item.startedOn() == null ? "" : item.startedOn().toString());
            line.put("employer", item.employerCreditCode() == null ? "" : item.employerCreditCode());
            line.put("eligible", item.eligible() ? "符合" : "不符合");
            line.put("amount", item.amount().longValue());
            line.put("reasons", Reasons.labels(item.reasonList()));
            // the person the line is about, for the form's link to their e-file
            line.put("idNumber", item.idNumber() == null ? "" : item.idNumber());
            view.add(line);
        }
        return view;
    }
}
