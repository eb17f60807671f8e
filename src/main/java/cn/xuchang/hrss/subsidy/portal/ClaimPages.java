package cn.xuchang.hrss.subsidy.portal;

import cn.xuchang.hrss.subsidy.claim.ClaimDesk;
import cn.xuchang.hrss.subsidy.claim.ClaimPrecheck;
import cn.xuchang.hrss.subsidy.claim.ClaimPrechecks;
import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.CurrentUser;
import cn.xuchang.hrss.subsidy.receipt.Receipts;
import cn.xuchang.hrss.subsidy.roster.RosterReader;
import cn.xuchang.hrss.subsidy.roster.RosterRow;
import cn.xuchang.hrss.subsidy.roster.RosterTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The claim pages every applicant kind shares: its dashboard, a new claim from a roster file or typed lines, the
 * precheck, the claim with its step bar, the correction of a returned claim, the receipt and the roster template. A
 * kind's controller supplies its {@link Desk} and the calls into its scheme's services; nothing here decides a rule.
 */
abstract class ClaimPages<R, H, L> {

    static final int TYPING_ROWS = 5;

    protected final PortalClaims portalClaims;
    private final RosterReader rosters;
    private final Receipts receipts;
    private final ClaimDesk<R, H, L> claims;
    private final ClaimPrechecks prechecks;

    ClaimPages(
            PortalClaims portalClaims,
            RosterReader rosters,
            Receipts receipts,
            ClaimDesk<R, H, L> claims,
            ClaimPrechecks prechecks) {
        this.portalClaims = portalClaims;
        this.rosters = rosters;
        this.receipts = receipts;
        this.claims = claims;
        this.prechecks = prechecks;
    }

    abstract Desk desk();

    /** The typed or uploaded lines as the scheme's request; a line missing what the scheme needs is a 400. */
    abstract R request(LinesForm form);

    /** A line of the scheme's precheck as the page shows it. */
    abstract ResultLine line(L item);

    /** The scheme's precheck of the lines: what the claim would get now. */
    Precheck precheck(String applicantId, LinesForm form) {
        ClaimPrecheck<L> precheck = prechecks.precheck(claims, applicantId, request(form));
        return new Precheck(
                precheck.totalAmount(),
                precheck.items().stream().map(this::line).toList());
    }

    /** Submits the lines through the scheme's service; returns the claim id. */
    String submit(String applicantId, LinesForm form) {
        return claims.submit(applicantId, request(form)).id();
    }

    /** Corrects a returned claim through the scheme's service. */
    void correct(String applicantId, String claimId, LinesForm form) {
        claims.correct(applicantId, claimId, request(form));
    }

    /** Adds what the kind's dashboard shows beside its claims (a quota, a filing). */
    void dashboard(String applicantId, Model model) {}

    @ModelAttribute("desk")
    Desk deskAttribute() {
        return desk();
    }

    @GetMapping
    String home(Model model) {
        String me = CurrentUser.get().id();
        model.addAttribute("claims", portalClaims.list(me, desk()));
        model.addAttribute("notifications", portalClaims.notifications(me));
        dashboard(me, model);
        return "portal/dashboard";
    }

    @GetMapping("/claims/new")
    String newClaim(Model model) {
        LinesForm form = new LinesForm();
        form.setYear(LocalDate.now().getYear() - 1);
        model.addAttribute("form", form.withEmptyRows(TYPING_ROWS));
        return "portal/new-claim";
    }

    @PostMapping(path = "/claims/precheck", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String precheckFile(
            @RequestParam(required = false) Integer year, @RequestParam("file") MultipartFile file, Model model) {
        LinesForm form = fromRoster(file);
        form.setYear(year);
        return precheckPage(form, model);
    }

    @PostMapping("/claims/precheck-lines")
    String precheckLines(@ModelAttribute("form") LinesForm form, Model model) {
        if (form.filled().isEmpty()) {
            model.addAttribute("error", "请至少填写一行");
            model.addAttribute("form", form.withEmptyRows(TYPING_ROWS));
            return "portal/new-claim";
        }
        return precheckPage(form, model);
    }

    private String precheckPage(LinesForm form, Model model) {
        LinesForm filled = new LinesForm();
        filled.setYear(form.getYear());
        filled.setLines(form.filled());
        model.addAttribute("form", filled);
        model.addAttribute("precheck", precheck(CurrentUser.get().id(), filled));
        return "portal/precheck";
    }

    @PostMapping("/claims")
    String submit(@ModelAttribute("form") LinesForm form, RedirectAttributes redirect) {
        LinesForm filled = new LinesForm();
        filled.setYear(form.getYear());
        filled.setLines(form.filled());
        String claimId = submit(CurrentUser.get().id(), filled);
        redirect.addFlashAttribute("notice", "申请已提交，可以下载申请回执。");
        return "redirect:" + desk().base() + "/claims/" + claimId;
    }

    @GetMapping("/claims/{id}")
    String claim(@PathVariable String id, Model model) {
        PortalClaims.ClaimPage claim = portalClaims.find(CurrentUser.get().id(), id, desk());
        model.addAttribute("claim", claim);
        if (claim.returned()) {
            LinesForm form = new LinesForm();
            form.setYear(claim.year());
            claim.lines().forEach(line -> form.getLines()
                    .add(new PortalLine(
                            desk().lineKind().equals("EVALUATION") ? null : line.subject(),
                            line.employer(),
                            desk().lineKind().equals("EVALUATION") ? line.subject() : null,
                            line.date())));
            model.addAttribute("form", form.withEmptyRows(form.getLines().size() + 2));
        }
        return "portal/claim";
    }

    @PostMapping("/claims/{id}/correction")
    String correct(@PathVariable String id, @ModelAttribute("form") LinesForm form, RedirectAttributes redirect) {
        LinesForm filled = new LinesForm();
        filled.setYear(form.getYear());
        filled.setLines(form.filled());
        correct(CurrentUser.get().id(), id, filled);
        redirect.addFlashAttribute("notice", "已重新提交，申请回到审核流程。");
        return "redirect:" + desk().base() + "/claims/" + id;
    }

    @PostMapping(path = "/claims/{id}/correction-file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String correctFromFile(
            @PathVariable String id,
            @RequestParam(required = false) Integer year,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect) {
        LinesForm form = fromRoster(file);
        form.setYear(year);
        correct(CurrentUser.get().id(), id, form);
        redirect.addFlashAttribute("notice", "已按新花名册重新提交，申请回到审核流程。");
        return "redirect:" + desk().base() + "/claims/" + id;
    }

    @GetMapping("/claims/{id}/receipt.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable String id) {
        byte[] pdf = receipts.receipt(desk().scheme(), id, CurrentUser.get());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("申请回执-" + id + ".pdf", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(pdf);
    }

    @GetMapping("/roster-template.xlsx")
    ResponseEntity<byte[]> template() {
        return RosterTemplates.download(desk().layout());
    }

    private LinesForm fromRoster(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw ApiException.badRequest("INVALID_ROSTER", "请选择要上传的 .xlsx 花名册文件");
        }
        List<RosterRow> rows;
        try (InputStream in = file.getInputStream()) {
            rows = rosters.read(in, desk().layout());
        } catch (IOException e) {
            throw ApiException.badRequest("INVALID_ROSTER", "上传的文件无法读取，请重新上传");
        }
        LinesForm form = new LinesForm();
        for (RosterRow row : rows) {
            form.getLines().add(PortalLines.of(row));
        }
        return form;
    }
}
