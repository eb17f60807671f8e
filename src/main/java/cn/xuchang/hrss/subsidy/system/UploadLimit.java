package cn.xuchang.hrss.subsidy.system;

import cn.xuchang.hrss.subsidy.kernel.Problems;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over {@code spring.servlet.multipart.max-file-size} fails while the request is parsed, before any
 * controller is chosen, so the kernel's problem handling (bound to our controllers) never sees it: the API answers 413
 * {@code PAYLOAD_TOO_LARGE} as problem JSON, a portal page says so in Chinese. Nothing is read further: the answer has
 * a length and closes the connection, so the client reads it whole although the server stops reading the upload.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit {

    static final String DETAIL = "上传的文件过大：每个文件不超过 5 MB，请删去多余内容或分批上传";

    private final ObjectMapper json;

    UploadLimit(ObjectMapper json) {
        this.json = json;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) throws JsonProcessingException {
        HttpStatus status = HttpStatus.PAYLOAD_TOO_LARGE;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            byte[] body =
                    json.writeValueAsBytes(Problems.of(status, "PAYLOAD_TOO_LARGE", Problems.titleFor(status), DETAIL));
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .contentLength(body.length)
                    .header(HttpHeaders.CONNECTION, "close")
                    .body(body);
        }
        ModelAndView page = new ModelAndView("portal/message");
        page.setStatus(status);
        page.addObject("title", Problems.titleFor(status));
        page.addObject("message", DETAIL);
        return page;
    }
}
