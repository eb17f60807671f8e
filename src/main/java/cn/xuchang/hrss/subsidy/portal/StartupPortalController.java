package cn.xuchang.hrss.subsidy.portal;

import cn.xuchang.hrss.subsidy.attachment.Attachments;
import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.CurrentUser;
import cn.xuchang.hrss.subsidy.startup.StartupAwardRequest;
import cn.xuchang.hrss.subsidy.startup.StartupAwardView;
import cn.xuchang.hrss.subsidy.startup.StartupAwards;
import cn.xuchang.hrss.subsidy.startup.StartupCategory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The entrepreneur's pages (an enterprise login): the entrepreneurship award application with its attachments (a
 * business licence, a project description) and its progress through recommendation, scoring and decision.
 */
@Controller
@RequestMapping("/portal/enterprise/startup")
class StartupPortalController {

    static final String LICENCE = "营业执照";
    static final String PROJECT = "项目说明";

    private final StartupAwards awards;
    private final Attachments attachments;
    private final Validator validator;

    StartupPortalController(StartupAwards awards, Attachments attachments, Validator validator) {
        this.awards = awards;
        this.attachments = attachments;
        this.validator = validator;
    }

    @GetMapping
    String applications(Model model) {
        model.addAttribute("applications", awards.list(CurrentUser.get().id()));
        model.addAttribute("categories", StartupCategory.values());
        return "portal/startup";
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String apply(
            @RequestParam(defaultValue = "PROJECT") StartupCategory category,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String founderIdNumber,
            @RequestParam(required = false) BigDecimal investment,
            @RequestParam(required = false) Integer jobsCreated,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(required = false) Boolean founderReturnedHome,
            @RequestParam(defaultValue = "") String founderReturnNote,
            @RequestParam(name = "licence", required = false) MultipartFile licence,
            @RequestParam(name = "project", required = false) MultipartFile project,
            RedirectAttributes redirect)
            throws IOException {
        if (licence == null || licence.isEmpty()) {
            throw ApiException.badRequest("INVALID_ATTACHMENT", "请上传营业执照（PDF 或图片）");
        }
        try (InputStream licenceIn = licence.getInputStream();
                InputStream projectIn = project == null || project.isEmpty() ? null : project.getInputStream()) {
            List<Attachments.Upload> uploads = new ArrayList<>();
            uploads.add(new Attachments.Upload(LICENCE, licence.getOriginalFilename(), licence.getSize(), licenceIn));
            if (projectIn != null) {
                uploads.add(
                        new Attachments.Upload(PROJECT, project.getOriginalFilename(), project.getSize(), projectIn));
            }
            StartupAwardRequest request = new StartupAwardRequest(
                    category,
                    title.strip(),
                    founderIdNumber.strip(),
                    investment,
                    jobsCreated,
                    description.strip(),
                    null,
                    founderReturnedHome,
                    founderReturnNote.isBlank() ? null : founderReturnNote.strip());
            refuseInvalid(request);
            Attachments.Staged staged = attachments.stage(uploads);
            StartupAwardView view;
            try {
                view = awards.submit(
                        CurrentUser.get().id(),
                        new StartupAwardRequest(
                                category,
                                request.title(),
                                request.founderIdNumber(),
                                investment,
                                jobsCreated,
                                request.description(),
                                staged.names(),
                                request.founderReturnedHome(),
                                request.founderReturnNote()));
            } catch (RuntimeException refused) {
                attachments.discard(staged);
                throw refused;
            }
            attachments.keep(staged, view.id());
        }
        redirect.addFlashAttribute("notice", "申请已提交，等待县区推荐。");
        return "redirect:/portal/enterprise/startup";
    }

    @GetMapping("/{id}/attachments/{name}")
    ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable String name) {
        awards.find(CurrentUser.get().id(), id);
        byte[] file = attachments.read(id, name);
        if (file == null) {
            throw ApiException.notFound("NOT_FOUND", "没有找到该附件");
        }
        return ResponseEntity.ok()
                .contentType(Attachments.mediaTypeOf(name))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file);
    }

    private void refuseInvalid(StartupAwardRequest request) {
        Set<ConstraintViolation<StartupAwardRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            Map<String, String> fields = Map.of(
                    "founderReturnNote", "返乡情况说明",
                    "title", "项目名称",
                    "founderIdNumber", "创业者身份证号码",
                    "investment", "投资额",
                    "jobsCreated", "带动就业人数",
                    "description", "项目简介",
                    "category", "类别");
            throw ApiException.badRequest(
                    "INVALID_REQUEST",
                    violations.stream()
                            .map(v -> fields.getOrDefault(v.getPropertyPath().toString(), "内容") + v.getMessage())
                            .sorted()
                            .collect(Collectors.joining("；")));
        }
    }
}
