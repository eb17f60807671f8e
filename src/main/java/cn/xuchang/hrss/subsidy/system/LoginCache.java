package cn.xuchang.hrss.subsidy.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The logins of the last seconds: who logged in with which password, and the user's groups and tenants then. Every
 * call to our API and to {@code /engine-rest} carries HTTP Basic credentials; without this cache each call checks the
 * password and reads the groups and tenants again (three to five statements; docs/BENCHMARKS.md). An entry is trusted
 * for {@code ttl} at most and forgotten at once when anything about users, groups, tenants or memberships changes
 * through the engine ({@link IdentityChanges}) or a password check fails, so a changed password, a removed membership
 * or a login delay takes effect on the next call. On another node of a cluster the change takes effect within
 * {@code ttl}. The password is kept only as a keyed hash (a key made at start-up, never stored).
 */
public class LoginCache {

    /** A login as it was checked: the user's groups and tenants at that moment. */
    public record Login(String user, List<String> groups, List<String> tenants) {}

    private record Entry(Login login, long expiresAt) {}

    private static final int MAX_ENTRIES = 10_000;

    private final long ttlMillis;
    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** Bumped by every change: a login read before a change is not remembered after it. */
    private final AtomicLong generation = new AtomicLong();

    public LoginCache(Duration ttl) {
        this.ttlMillis = ttl == null ? 0 : ttl.toMillis();
        new SecureRandom().nextBytes(key);
    }

    /** The remembered login of the user with this password, if it is still fresh. */
    public Optional<Login> find(String user, String password) {
        if (ttlMillis <= 0 || user == null || password == null) {
            return Optional.empty();
        }
        Entry entry = entries.get(keyOf(user, password));
        if (entry == null || entry.expiresAt() <= ClockUtil.getCurrentTime().getTime()) {
            return Optional.empty();
        }
        return Optional.of(entry.login());
    }

    /**
     * The user's login: remembered, or checked by {@code check} (which answers empty for wrong credentials) and then
     * remembered unless something changed meanwhile.
     */
    public Optional<Login> login(String user, String password, Supplier<Optional<Login>> check) {
        Optional<Login> remembered = find(user, password);
        if (remembered.isPresent()) {
            return remembered;
        }
        long before = generation.get();
        Optional<Login> checked = check.get();
        checked.ifPresent(login -> remember(before, password, login));
        return checked;
    }

    private void remember(long checkedAt, String password, Login login) {
        if (ttlMillis <= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        String entryKey = keyOf(login.user(), password);
        entries.put(entryKey, new Entry(login, ClockUtil.getCurrentTime().getTime() + ttlMillis));
        if (generation.get() != checkedAt) {
            // users, groups or memberships changed while this login was read: it may be stale
            entries.remove(entryKey);
        }
    }

    /** Forgets the logins of one user (a failed password check: the engine's login delay must apply at once). */
    public void forget(String user) {
        generation.incrementAndGet();
        entries.values().removeIf(entry -> entry.login().user().equals(user));
    }

    /** Forgets every login: users, groups, tenants or memberships changed. */
    public void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }

    private String keyOf(String user, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((user + '\0' + password).getBytes(StandardCharsets.UTF_8));
            return user + '\0' + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
