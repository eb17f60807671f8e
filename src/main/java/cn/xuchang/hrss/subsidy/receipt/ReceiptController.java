package cn.xuchang.hrss.subsidy.receipt;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.CurrentUser;
import cn.xuchang.hrss.subsidy.ledger.Scheme;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/{scheme}/claims/{id}/receipt.pdf} (API.md, "Applicant portal and roster files"). */
@RestController
@Tag(name = "申请回执", description = "申请回执 PDF")
class ReceiptController {

    /** The schemes whose claims have a receipt, by their path segment. */
    static final Map<String, Scheme> SCHEMES = Map.of(
            "hiring-subsidy",
            Scheme.HIRING,
            "referral-subsidy",
            Scheme.REFERRAL,
            "evaluation-subsidy",
            Scheme.EVALUATION);

    private final Receipts receipts;

    ReceiptController(Receipts receipts) {
        this.receipts = receipts;
    }

    @GetMapping("/api/v1/{scheme}/claims/{id}/receipt.pdf")
    @Operation(summary = "申请回执（PDF）：申请单位本身与该申请的审核人员可下载，其他人返回 404")
    ResponseEntity<byte[]> receipt(@PathVariable String scheme, @PathVariable String id) {
        Scheme known = SCHEMES.get(scheme);
        if (known == null) {
            throw ApiException.notFound("NOT_FOUND", "没有这个地址");
        }
        return pdf(id, receipts.receipt(known, id, CurrentUser.get()));
    }

    /** A receipt as a download named after its claim. */
    public static ResponseEntity<byte[]> pdf(String claimId, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("申请回执-" + claimId + ".pdf", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(pdf);
    }
}
