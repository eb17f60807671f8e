package cn.xuchang.hrss.subsidy.system;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.Charset;
import java.util.Base64;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * HTTP Basic on {@code /engine-rest} as the engine does it (the password checked by the engine's identity service,
 * with its login delay), then the user's groups and tenants read as the engine's filter reads them; a login checked
 * in the last seconds is taken from the {@link LoginCache} instead, which forgets it on any change.
 */
class CachedHttpBasicAuthentication extends HttpBasicAuthenticationProvider {

    private final LoginCache logins;

    CachedHttpBasicAuthentication(LoginCache logins) {
        this.logins = logins;
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        String[] credentials = credentials(request.getHeader("Authorization"));
        if (credentials == null) {
            return super.extractAuthenticatedUser(request, engine);
        }
        String user = credentials[0];
        Optional<LoginCache.Login> login =
                logins.login(user, credentials[1], () -> check(engine, user, credentials[1]));
        if (login.isEmpty()) {
            return AuthenticationResult.unsuccessful(user);
        }
        AuthenticationResult result = AuthenticationResult.successful(user);
        result.setGroups(login.get().groups());
        result.setTenants(login.get().tenants());
        return result;
    }

    private Optional<LoginCache.Login> check(ProcessEngine engine, String user, String password) {
        if (!isAuthenticated(engine, user, password)) {
            return Optional.empty();
        }
        var identity = engine.getIdentityService();
        return Optional.of(new LoginCache.Login(
                user,
                identity.createGroupQuery().groupMember(user).list().stream()
                        .map(Group::getId)
                        .toList(),
                identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
                        .map(Tenant::getId)
                        .toList()));
    }

    /**
     * User and password of a {@code Basic} header, read as the engine's provider reads them (the platform's charset);
     * null for anything else, which the engine's provider then answers as it always has.
     */
    private static String[] credentials(String header) {
        if (header == null || !header.startsWith("Basic ")) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), Charset.defaultCharset());
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
