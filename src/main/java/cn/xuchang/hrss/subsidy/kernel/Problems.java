package cn.xuchang.hrss.subsidy.kernel;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Builds RFC 7807 problem documents with our stable {@code code} property. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(
                URI.create("urn:skill-subsidy:problem:" + code.toLowerCase().replace('_', '-')));
        problem.setProperty("code", code);
        return problem;
    }

    /** Titles by status, in Chinese; the detail carries the specific message. */
    public static String titleFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "请求有误";
            case UNAUTHORIZED -> "未登录";
            case FORBIDDEN -> "无权操作";
            case NOT_FOUND -> "未找到";
            case CONFLICT -> "与现有数据冲突";
            case UNPROCESSABLE_ENTITY -> "不符合政策规定";
            case METHOD_NOT_ALLOWED -> "不支持的请求方法";
            case UNSUPPORTED_MEDIA_TYPE -> "不支持的内容类型";
            case PAYLOAD_TOO_LARGE -> "请求内容过大";
            case TOO_MANY_REQUESTS -> "请求过于频繁";
            case SERVICE_UNAVAILABLE -> "系统繁忙";
            default -> "系统错误";
        };
    }

    /** Writes a problem straight to the servlet response, for the security filters that run before MVC. */
    public static void write(
            HttpServletResponse response, ObjectMapper json, HttpStatus status, String code, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), of(status, code, titleFor(status), detail));
    }
}
