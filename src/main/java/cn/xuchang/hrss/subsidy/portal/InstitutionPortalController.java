package cn.xuchang.hrss.subsidy.portal;

import cn.xuchang.hrss.subsidy.claim.ClaimPrechecks;
import cn.xuchang.hrss.subsidy.claim.Reasons;
import cn.xuchang.hrss.subsidy.evaluation.EvaluationClaimRequest;
import cn.xuchang.hrss.subsidy.evaluation.EvaluationClaimView;
import cn.xuchang.hrss.subsidy.evaluation.EvaluationClaims;
import cn.xuchang.hrss.subsidy.institution.FilingRequest;
import cn.xuchang.hrss.subsidy.institution.Institution;
import cn.xuchang.hrss.subsidy.institution.InstitutionExits;
import cn.xuchang.hrss.subsidy.institution.InstitutionFilings;
import cn.xuchang.hrss.subsidy.institution.InstitutionKind;
import cn.xuchang.hrss.subsidy.institution.Institutions;
import cn.xuchang.hrss.subsidy.institution.OccupationLevel;
import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.CurrentUser;
import cn.xuchang.hrss.subsidy.ledger.Scheme;
import cn.xuchang.hrss.subsidy.occupation.Occupations;
import cn.xuchang.hrss.subsidy.receipt.Receipts;
import cn.xuchang.hrss.subsidy.registry.SkillLevel;
import cn.xuchang.hrss.subsidy.roster.RosterLayout;
import cn.xuchang.hrss.subsidy.roster.RosterReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The institution's pages: its filing (occupations and levels), its place on the catalogue, the exit procedures
 * concerning it, and — for an evaluation institution only — its evaluation-subsidy claims by certificate list. A
 * training institution files and is listed the same way, on the training catalogue, and claims no evaluation subsidy.
 */
@Controller
@RequestMapping("/portal/institution")
class InstitutionPortalController
        extends ClaimPages<EvaluationClaimRequest, EvaluationClaimView.Heading, EvaluationClaimView.Item> {

    static final Desk DESK =
            new Desk("/portal/institution", "评价机构", Scheme.EVALUATION, RosterLayout.EVALUATION, false, false);

    static final int FILING_ROWS = 3;

    private final Institutions institutions;
    private final InstitutionFilings filings;
    private final InstitutionExits exits;
    private final Occupations occupations;

    InstitutionPortalController(
            PortalClaims portalClaims,
            RosterReader rosters,
            Receipts receipts,
            EvaluationClaims evaluationClaims,
            ClaimPrechecks prechecks,
            Institutions institutions,
            InstitutionFilings filings,
            InstitutionExits exits,
            Occupations occupations) {
        super(portalClaims, rosters, receipts, evaluationClaims, prechecks);
        this.institutions = institutions;
        this.filings = filings;
        this.exits = exits;
        this.occupations = occupations;
    }

    @Override
    Desk desk() {
        return DESK;
    }

    @Override
    void dashboard(String applicantId, Model model) {
        Institution institution = institutions.find(applicantId);
        model.addAttribute("institution", institution);
        boolean training = institution != null && institution.kind() == InstitutionKind.TRAINING;
        if (training) {
            model.addAttribute("pageTitle", "培训机构备案与目录");
            model.addAttribute("kindLabel", InstitutionKind.TRAINING.label());
        }
        model.addAttribute("evaluates", !training);
        model.addAttribute("catalogueName", training ? "培训机构目录" : "评价目录");
        List<String> listed = institutions.history(applicantId).stream()
                .filter(listing -> listing.listedUntil() == null)
                .map(l -> occupations.nameOf(l.occupation()) + " · "
                        + new OccupationLevel(l.occupation(), l.level()).levelLabel() + "（" + l.listedFrom() + " 起）")
                .toList();
        model.addAttribute("listings", listed);
        model.addAttribute("filings", filings.list(applicantId));
        model.addAttribute("exits", exits.ofInstitution(applicantId));
    }

    @GetMapping("/filings/new")
    String newFiling(Model model) {
        model.addAttribute("levels", SkillLevel.values());
        model.addAttribute("rows", FILING_ROWS);
        model.addAttribute("catalogue", occupations.all());
        return "portal/filing";
    }

    @PostMapping("/filings")
    String file(
            @RequestParam(name = "occupation", required = false) List<String> named,
            @RequestParam(name = "levels0", required = false) List<String> levels0,
            @RequestParam(name = "levels1", required = false) List<String> levels1,
            @RequestParam(name = "levels2", required = false) List<String> levels2,
            RedirectAttributes redirect) {
        List<List<String>> levels = Arrays.asList(levels0, levels1, levels2);
        List<FilingRequest.OccupationRequest> lines = new ArrayList<>();
        for (int i = 0; named != null && i < named.size() && i < FILING_ROWS; i++) {
            String occupation = named.get(i) == null ? "" : named.get(i).strip();
            if (!occupation.isEmpty() || levels.get(i) != null) {
                lines.add(new FilingRequest.OccupationRequest(
                        occupation, levels.get(i) == null ? List.of() : levels.get(i)));
            }
        }
        if (lines.isEmpty()) {
            throw ApiException.badRequest("INVALID_FILING", "请至少填写一个职业（工种）并勾选等级");
        }
        filings.submit(CurrentUser.get().id(), new FilingRequest(lines));
        redirect.addFlashAttribute("notice", "备案申请已提交，等待市人社局审核。");
        return "redirect:" + DESK.base();
    }

    @Override
    ResultLine line(EvaluationClaimView.Item item) {
        return new ResultLine(
                0,
                item.certificateNo(),
                item.name(),
                null,
                item.issuedOn(),
                item.eligible(),
                item.amount(),
                Reasons.labels(item.reasons()));
    }

    @Override
    EvaluationClaimRequest request(LinesForm form) {
        List<String> numbers = form.getLines().stream()
                .map(line -> {
                    if (line.getCertificateNo() == null
                            || line.getCertificateNo().isBlank()) {
                        throw ApiException.badRequest("INVALID_REQUEST", "每一行都要填写证书编号");
                    }
                    return line.getCertificateNo();
                })
                .toList();
        if (numbers.isEmpty()) {
            throw ApiException.badRequest("INVALID_REQUEST", "至少列出一张证书");
        }
        return new EvaluationClaimRequest(numbers);
    }
}
