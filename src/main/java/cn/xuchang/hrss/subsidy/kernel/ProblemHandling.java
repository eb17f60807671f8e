package cn.xuchang.hrss.subsidy.kernel;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every error of our own API leaves as problem JSON with a stable code and a Chinese message. */
@RestControllerAdvice(basePackages = "cn.xuchang.hrss.subsidy")
class ProblemHandling {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    @ExceptionHandler(ApiException.class)
    ProblemDetail refused(ApiException e) {
        ProblemDetail problem = Problems.of(e.status(), e.code(), Problems.titleFor(e.status()), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidFields(MethodArgumentNotValidException e) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + "：" + error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("；"));
        return badRequest("INVALID_REQUEST", "请求字段不符合要求：" + detail);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof InvalidFormatException format) {
            return badRequest("INVALID_REQUEST", "字段 " + path(format) + " 的取值“" + format.getValue() + "”无效");
        }
        if (e.getCause() instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            return badRequest("INVALID_REQUEST", "字段 " + path(mismatch) + " 的类型或格式不正确");
        }
        return badRequest("MALFORMED_REQUEST", "请求内容不是有效的 JSON");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ProblemDetail badParameter(Exception e) {
        return badRequest("INVALID_REQUEST", "请求参数不正确");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return Problems.of(
                HttpStatus.FORBIDDEN, "FORBIDDEN", Problems.titleFor(HttpStatus.FORBIDDEN), "当前用户的角色无权进行此操作");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        HttpStatus status = HttpStatus.METHOD_NOT_ALLOWED;
        return Problems.of(status, "METHOD_NOT_ALLOWED", Problems.titleFor(status), "该地址不支持 " + e.getMethod() + " 请求");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        HttpStatus status = HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        return Problems.of(status, "UNSUPPORTED_MEDIA_TYPE", Problems.titleFor(status), "请以 application/json 提交");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        HttpStatus status = HttpStatus.PAYLOAD_TOO_LARGE;
        return Problems.of(status, "PAYLOAD_TOO_LARGE", Problems.titleFor(status), "上传内容超过允许的大小");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noSuchPath(NoResourceFoundException e) {
        HttpStatus status = HttpStatus.NOT_FOUND;
        return Problems.of(status, "NOT_FOUND", Problems.titleFor(status), "没有这个地址");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected error", e);
        HttpStatus status = HttpStatus.INTERNAL_SERVER_ERROR;
        return Problems.of(status, "INTERNAL_ERROR", Problems.titleFor(status), "系统内部错误，请稍后重试或联系管理员");
    }

    private static ProblemDetail badRequest(String code, String detail) {
        return Problems.of(HttpStatus.BAD_REQUEST, code, Problems.titleFor(HttpStatus.BAD_REQUEST), detail);
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
