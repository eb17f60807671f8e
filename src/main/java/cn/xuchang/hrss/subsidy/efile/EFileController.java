package cn.xuchang.hrss.subsidy.efile;

import cn.xuchang.hrss.subsidy.kernel.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/persons/{idNumber}/e-file} and its PDF (API.md, "Workers, training vouchers and the e-file"). */
@RestController
@Tag(name = "电子档案", description = "劳动者实名制电子档案")
class EFileController {

    private final EFiles files;

    EFileController(EFiles files) {
        this.files = files;
    }

    @GetMapping("/api/v1/persons/{idNumber}/e-file")
    @Operation(summary = "个人电子档案：本人、审核人员和管理员可查询，其他人返回 404")
    EFile eFile(@PathVariable String idNumber) {
        CurrentUser user = CurrentUser.get();
        return files.read(idNumber, user.id(), user.groups());
    }

    @GetMapping("/api/v1/persons/{idNumber}/e-file.pdf")
    @Operation(summary = "个人电子档案（PDF）")
    ResponseEntity<byte[]> eFilePdf(@PathVariable String idNumber) {
        CurrentUser user = CurrentUser.get();
        EFile file = files.read(idNumber, user.id(), user.groups());
        return pdf(file.idNumber(), files.pdf(file));
    }

    /** The PDF as an inline download named after the person's ID number. */
    static ResponseEntity<byte[]> pdf(String idNumber, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("电子档案-" + idNumber + ".pdf", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf);
    }
}
