package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The login provider tells a wrong password from a login the engine's delay still holds back. */
class EngineUsersTest {

    private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    private final EngineUsers engineUsers = new EngineUsers(identity);

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldRefuseWithTheSecondsLeftWhileTheUserMustWaitAndNotTryThePassword() {
        ClockUtil.setCurrentTime(new Date(1_000_000));
        user("city", new Date(1_000_000 + 42_300));

        assertThatThrownBy(() -> engineUsers.authenticate(login("city", "Right-Pass-2026")))
                .isInstanceOfSatisfying(LoginDelayedException.class, e -> {
                    assertThat(e.retryAfterSeconds()).isEqualTo(43);
                    assertThat(e.getMessage()).contains("须等待 43 秒后才能再次登录");
                });
        verify(identity, never()).checkPassword(anyString(), anyString());
    }

    @Test
    void shouldCheckThePasswordOnceTheDelayHasPassed() {
        ClockUtil.setCurrentTime(new Date(1_000_000));
        user("city", new Date(999_000));
        when(identity.checkPassword("city", "Wrong-Pass-2026")).thenReturn(false);

        assertThatThrownBy(() -> engineUsers.authenticate(login("city", "Wrong-Pass-2026")))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("用户名或密码错误");
        assertThat(engineUsers.remainingDelay("city")).isEqualTo(Duration.ZERO);
    }

    @Test
    void shouldKnowNoDelayForAnUnknownUser() {
        when(identity.createUserQuery().userId("nobody").singleResult()).thenReturn(null);

        assertThat(engineUsers.remainingDelay("nobody")).isEqualTo(Duration.ZERO);
    }

    private void user(String id, Date lockedUntil) {
        UserEntity user = new UserEntity(id);
        user.setLockExpirationTime(lockedUntil);
        when(identity.createUserQuery().userId(id).singleResult()).thenReturn(user);
        when(identity.createGroupQuery().groupMember(id).list()).thenReturn(List.of());
    }

    private static UsernamePasswordAuthenticationToken login(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
