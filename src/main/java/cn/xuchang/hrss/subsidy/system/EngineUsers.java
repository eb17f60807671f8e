package cn.xuchang.hrss.subsidy.system;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Logs a user in against the engine's identity service; the user's engine groups become its authorities. The engine
 * throttles failed logins itself (application.yaml: after a wrong password the user must wait, 3 s doubling up to
 * 60 s, and is never locked for good), for our API, {@code /engine-rest} and the webapps alike. While the user waits,
 * every attempt is refused with {@link LoginDelayedException}, so the answer can say how long, not "wrong password".
 * Any login form of the application (e.g. the applicant portal) can use this provider as it is. A login checked in the
 * last seconds is taken from the {@link LoginCache}, which forgets it as soon as the user's password, groups or login
 * delay change.
 */
public class EngineUsers implements AuthenticationProvider {

    private final IdentityService identity;
    private final LoginCache logins;

    /** Checks every login against the engine, remembering none. */
    public EngineUsers(IdentityService identity) {
        this(identity, new LoginCache(Duration.ZERO));
    }

    public EngineUsers(IdentityService identity, LoginCache logins) {
        this.identity = identity;
        this.logins = logins;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        Object password = authentication.getCredentials();
        if (password == null || user == null || user.isBlank()) {
            throw new BadCredentialsException("用户名或密码错误");
        }
        String secret = password.toString();
        LoginCache.Login login = logins.login(user, secret, () -> check(user, secret))
                .orElseThrow(() -> new BadCredentialsException("用户名或密码错误"));
        List<SimpleGrantedAuthority> groups =
                login.groups().stream().map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, groups);
    }

    /** The engine's own check: the login delay, the password, then the user's groups and tenants. */
    private Optional<LoginCache.Login> check(String user, String password) {
        Duration wait = remainingDelay(user);
        if (!wait.isZero()) {
            throw new LoginDelayedException(wait);
        }
        if (!identity.checkPassword(user, password)) {
            return Optional.empty();
        }
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId)
                .toList();
        List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId)
                .toList();
        return Optional.of(new LoginCache.Login(user, groups, tenants));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** How long the user must still wait after its last failed login; zero when it may try now (or is unknown). */
    public Duration remainingDelay(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (!(user instanceof UserEntity entity)) {
            return Duration.ZERO;
        }
        Date lockedUntil = entity.getLockExpirationTime();
        if (lockedUntil == null) {
            return Duration.ZERO;
        }
        long millis = lockedUntil.getTime() - ClockUtil.getCurrentTime().getTime();
        return millis > 0 ? Duration.ofMillis(millis) : Duration.ZERO;
    }
}
