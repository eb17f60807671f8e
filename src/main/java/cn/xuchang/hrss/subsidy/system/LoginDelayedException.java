package cn.xuchang.hrss.subsidy.system;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused because the user's last failed login was too recent (the engine's login delay). */
public class LoginDelayedException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginDelayedException(Duration retryAfter) {
        super("登录失败次数较多，该账户须等待 " + seconds(retryAfter) + " 秒后才能再次登录，请稍后重试");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, at least one. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
