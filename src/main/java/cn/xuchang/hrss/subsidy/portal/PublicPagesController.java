package cn.xuchang.hrss.subsidy.portal;

import cn.xuchang.hrss.subsidy.claim.PublicNotices;
import cn.xuchang.hrss.subsidy.institution.Announcement;
import cn.xuchang.hrss.subsidy.institution.Institution;
import cn.xuchang.hrss.subsidy.institution.InstitutionKind;
import cn.xuchang.hrss.subsidy.institution.Institutions;
import cn.xuchang.hrss.subsidy.institution.Listing;
import cn.xuchang.hrss.subsidy.institution.OccupationLevel;
import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.occupation.Occupations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages for everyone, no login: the public notices with the objection form, the evaluation catalogue, the
 * exposures. They read and write through the same services as the public API.
 */
@Controller
@RequestMapping("/public")
class PublicPagesController {

    /** The code of the objection limits' refusal (429), see {@link PublicNotices}. */
    static final String TOO_MANY_OBJECTIONS = "TOO_MANY_OBJECTIONS";

    private final PublicNotices notices;
    private final Institutions institutions;
    private final Validator validator;
    private final Occupations occupations;

    PublicPagesController(
            PublicNotices notices, Institutions institutions, Validator validator, Occupations occupations) {
        this.notices = notices;
        this.institutions = institutions;
        this.validator = validator;
        this.occupations = occupations;
    }

    @GetMapping("/notices")
    String notices(Model model) {
        model.addAttribute("notices", notices.list());
        return "portal/notices";
    }

    @PostMapping("/notices/{claimId}/objections")
    String object(
            @PathVariable String claimId,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) String contact,
            HttpServletRequest http,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        PublicNotices.ObjectionRequest request = new PublicNotices.ObjectionRequest(
                reason, contact == null || contact.isBlank() ? null : contact.strip());
        Set<ConstraintViolation<PublicNotices.ObjectionRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            redirect.addFlashAttribute(
                    "error",
                    violations.stream()
                            .map(v -> ("reason".equals(v.getPropertyPath().toString()) ? "异议理由" : "联系方式")
                                    + v.getMessage())
                            .sorted()
                            .collect(Collectors.joining("；")));
            redirect.addFlashAttribute("failedClaim", claimId);
            return "redirect:/public/notices#c-" + claimId;
        }
        try {
            notices.object(claimId, request, http);
        } catch (ApiException e) {
            if (!TOO_MANY_OBJECTIONS.equals(e.code())) {
                throw e;
            }
            // the limit per claim or per client address: told on the notices page itself, with its 429
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("error", "异议暂未受理：" + e.getMessage());
            model.addAttribute("failedClaim", claimId);
            return notices(model);
        }
        redirect.addFlashAttribute("notice", "异议已收到，市人社局将进行核查。感谢您的监督！");
        return "redirect:/public/notices";
    }

    /** One institution of the catalogue with its occupations (by name) and levels. */
    record CatalogueEntry(Institution institution, Map<String, List<String>> occupations) {}

    /** One of the two catalogues as the page shows it: its anchor, title, what its institutions do, its entries. */
    record Catalogue(String anchor, String title, String does, List<CatalogueEntry> entries) {}

    /** Both catalogues on one page: the evaluation institutions (评价机构目录) and the training institutions (培训机构目录). */
    @GetMapping("/catalogue")
    String catalogue(Model model) {
        model.addAttribute(
                "catalogues",
                List.of(
                        new Catalogue("evaluation", "评价机构目录", "可评价", entries(InstitutionKind.EVALUATION)),
                        new Catalogue("training", "培训机构目录", "可培训", entries(InstitutionKind.TRAINING))));
        model.addAttribute("listings", institutions.announcements(Announcement.LISTING));
        return "portal/catalogue";
    }

    private List<CatalogueEntry> entries(InstitutionKind kind) {
        Map<String, Map<String, List<String>>> byInstitution = new LinkedHashMap<>();
        for (Listing listing : institutions.catalogue(kind)) {
            byInstitution
                    .computeIfAbsent(listing.institutionCreditCode(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(occupations.nameOf(listing.occupation()), k -> new ArrayList<>())
                    .add(new OccupationLevel(listing.occupation(), listing.level()).levelLabel());
        }
        List<CatalogueEntry> entries = new ArrayList<>();
        byInstitution.forEach((code, listed) -> entries.add(new CatalogueEntry(institutions.find(code), listed)));
        return entries;
    }

    @GetMapping("/exposures")
    String exposures(Model model) {
        model.addAttribute("exposures", institutions.announcements(Announcement.EXPOSURE));
        return "portal/exposures";
    }

    /** Where the portal's chain forwards a refused request (any method): a wrong kind, or a form without its token. */
    @RequestMapping("/forbidden")
    String forbidden(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        boolean csrf = request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException;
        model.addAttribute("title", csrf ? "页面已过期" : "无权访问");
        model.addAttribute("message", csrf ? "页面已过期或安全校验未通过，请返回并刷新页面后重新提交。" : "当前账号无权打开该页面。请返回“我的办事”，或退出后换用对应的账号登录。");
        return "portal/message";
    }
}
