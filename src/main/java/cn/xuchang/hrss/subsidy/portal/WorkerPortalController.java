package cn.xuchang.hrss.subsidy.portal;

import cn.xuchang.hrss.subsidy.efile.EFile;
import cn.xuchang.hrss.subsidy.efile.EFiles;
import cn.xuchang.hrss.subsidy.kernel.CurrentUser;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The worker's pages (劳动者, login = ID number, group {@code worker}): 我的电子档案 (certificates, subsidised
 * trainings and evaluations, the subsidies granted for them) and its PDF, through the same {@link EFiles} as
 * {@code GET /api/v1/persons/{idNumber}/e-file}. The training-voucher pages join at {@code /portal/worker/vouchers}.
 */
@Controller
class WorkerPortalController {

    private final EFiles files;

    WorkerPortalController(EFiles files) {
        this.files = files;
    }

    @GetMapping("/portal/worker")
    String home(Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("efile", files.read(user.id(), user.id(), user.groups()));
        return "portal/worker";
    }

    @GetMapping("/portal/worker/e-file.pdf")
    ResponseEntity<byte[]> pdf() {
        CurrentUser user = CurrentUser.get();
        EFile file = files.read(user.id(), user.id(), user.groups());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("电子档案-" + file.idNumber() + ".pdf", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(files.pdf(file));
    }
}
