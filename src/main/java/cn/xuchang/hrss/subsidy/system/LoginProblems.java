package cn.xuchang.hrss.subsidy.system;

import cn.xuchang.hrss.subsidy.kernel.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The 401 answers of our API: no login, a wrong user or password, or a login the engine's delay still holds back (with
 * {@code Retry-After}).
 */
class LoginProblems implements AuthenticationEntryPoint {

    private final ObjectMapper json;

    LoginProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginDelayedException delayed) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(delayed.retryAfterSeconds()));
            Problems.write(response, json, HttpStatus.UNAUTHORIZED, "LOGIN_DELAYED", delayed.getMessage());
        } else if (e instanceof BadCredentialsException) {
            Problems.write(response, json, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "用户名或密码错误；连续输错后须稍候片刻才能再次登录");
        } else {
            Problems.write(response, json, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "请使用有效的用户名和密码登录");
        }
    }
}
