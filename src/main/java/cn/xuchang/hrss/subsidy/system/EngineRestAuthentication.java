package cn.xuchang.hrss.subsidy.system;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * The engine's own authentication filter for {@code /engine-rest}, with HTTP Basic through the {@link LoginCache}
 * ({@link CachedHttpBasicAuthentication}): the engine's authorizations apply to every call exactly as before.
 */
class EngineRestAuthentication extends ProcessEngineAuthenticationFilter {

    private final LoginCache logins;

    EngineRestAuthentication(LoginCache logins) {
        this.logins = logins;
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        authenticationProvider = new CachedHttpBasicAuthentication(logins);
    }
}
