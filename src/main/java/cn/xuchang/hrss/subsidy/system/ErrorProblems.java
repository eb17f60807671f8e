package cn.xuchang.hrss.subsidy.system;

import cn.xuchang.hrss.subsidy.kernel.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every error that no handler of ours answered (an unknown route, a wrong method, anything the servlet container sends
 * to {@code /error}) leaves as problem JSON with a fitting status, a stable code and a Chinese message, in place of
 * Spring Boot's error page. {@code /error} asked for directly is an unknown route.
 */
@RestController
class ErrorProblems implements ErrorController {

    @RequestMapping(
            value = "/error",
            produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        ProblemDetail problem = Problems.of(status, codeOf(status), Problems.titleFor(status), detailOf(status));
        // the address the caller asked for, not the container's forward to /error
        Object asked = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        problem.setInstance(URI.create(asked instanceof String uri ? uri : request.getRequestURI()));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null || !status.isError()) {
            return HttpStatus.NOT_FOUND;
        }
        return status;
    }

    private static String codeOf(HttpStatus status) {
        if (status == HttpStatus.UNAUTHORIZED) {
            return "UNAUTHENTICATED";
        }
        return status.is5xxServerError() ? "INTERNAL_ERROR" : status.name();
    }

    private static String detailOf(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "没有这个地址";
            case METHOD_NOT_ALLOWED -> "该地址不支持这种请求方法";
            case UNAUTHORIZED -> "请使用有效的用户名和密码登录";
            case FORBIDDEN -> "当前用户无权访问该地址";
            case NOT_ACCEPTABLE -> "无法以请求的格式（Accept）作答";
            case UNSUPPORTED_MEDIA_TYPE -> "请以 application/json 提交";
            case PAYLOAD_TOO_LARGE -> "请求内容超过允许的大小";
            case BAD_REQUEST -> "请求有误，无法处理";
            default -> status.is5xxServerError() ? "系统内部错误，请稍后重试或联系管理员" : "请求无法处理";
        };
    }
}
