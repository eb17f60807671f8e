package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A login is remembered for its period, for the same password only, and forgotten on any change. */
class LoginCacheTest {

    private static final LoginCache.Login CITY = new LoginCache.Login("city", List.of("city-reviewer"), List.of());

    private final LoginCache logins = new LoginCache(Duration.ofSeconds(10));
    private final AtomicInteger checks = new AtomicInteger();

    @BeforeEach
    void clock() {
        ClockUtil.setCurrentTime(new Date(1_000_000));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldCheckOnceWithinThePeriodAndAgainAfterIt() {
        assertThat(login("city", "Right-Pass-2026")).contains(CITY);
        assertThat(login("city", "Right-Pass-2026")).contains(CITY);
        assertThat(checks).hasValue(1);

        ClockUtil.setCurrentTime(new Date(1_000_000 + 10_001));
        assertThat(login("city", "Right-Pass-2026")).contains(CITY);
        assertThat(checks).hasValue(2);
    }

    @Test
    void shouldNeverAnswerAnotherPasswordFromMemory() {
        login("city", "Right-Pass-2026");

        assertThat(logins.find("city", "Other-Pass-2026")).isEmpty();
        assertThat(logins.find("city", "Right-Pass-2026")).contains(CITY);
    }

    @Test
    void shouldForgetOneUserOrEveryone() {
        login("city", "Right-Pass-2026");
        LoginCache.Login county = new LoginCache.Login("county", List.of("county-reviewer-411002"), List.of());
        logins.login("county", "County-Pass-2026", () -> Optional.of(county));

        logins.forget("city");
        assertThat(logins.find("city", "Right-Pass-2026")).isEmpty();
        assertThat(logins.find("county", "County-Pass-2026")).contains(county);

        logins.forgetAll();
        assertThat(logins.find("county", "County-Pass-2026")).isEmpty();
    }

    @Test
    void shouldNotRememberALoginReadWhileSomethingChanged() {
        logins.login("city", "Right-Pass-2026", () -> {
            // a membership is removed while the groups are being read
            logins.forgetAll();
            return Optional.of(CITY);
        });

        assertThat(logins.find("city", "Right-Pass-2026")).isEmpty();
    }

    @Test
    void shouldRememberNeitherAFailedLoginNorAnythingWithoutAPeriod() {
        assertThat(logins.login("city", "Wrong-Pass-2026", Optional::empty)).isEmpty();
        assertThat(logins.find("city", "Wrong-Pass-2026")).isEmpty();

        LoginCache off = new LoginCache(Duration.ZERO);
        off.login("city", "Right-Pass-2026", () -> Optional.of(CITY));
        assertThat(off.find("city", "Right-Pass-2026")).isEmpty();
    }

    private Optional<LoginCache.Login> login(String user, String password) {
        return logins.login(user, password, () -> {
            checks.incrementAndGet();
            return Optional.of(CITY);
        });
    }
}
