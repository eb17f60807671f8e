package cn.xuchang.hrss.subsidy.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts every SQL statement the application sends, from any thread (datasource-proxy around the application's one
 * DataSource, which the engine, MyBatis and Flyway share), in total and by kind ({@code INSERT ACT_HI_VARINST}). A
 * statement in a JDBC batch counts as one statement. The benchmark's own look-ups (which claim is paid yet, which
 * county a claim is in) run {@link #uncounted} and count nowhere: they are not the system's work.
 */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounter implements BeanPostProcessor, QueryExecutionListener {

    /** The verb and the first table a statement names: {@code select … from X}, {@code insert into X}, … */
    private static final Pattern TABLE = Pattern.compile(
            "^\\s*(?:(update)\\s+|(select|insert|delete)\\b.*?\\b(?:from|into)\\s+)`?([A-Za-z0-9_]+)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final AtomicLong statements = new AtomicLong();
    private final Map<String, AtomicLong> kinds = new ConcurrentHashMap<>();
    private final ThreadLocal<Boolean> ignored = ThreadLocal.withInitial(() -> false);

    long count() {
        return statements.get();
    }

    /** The statements sent so far by kind, e.g. {@code INSERT ACT_HI_VARINST → 1234}. */
    Map<String, Long> byKind() {
        Map<String, Long> copy = new TreeMap<>();
        kinds.forEach((kind, count) -> copy.put(kind, count.get()));
        return copy;
    }

    /** Runs the benchmark's own look-up in this thread without counting its statements. */
    <T> T uncounted(Supplier<T> lookUp) {
        boolean before = ignored.get();
        ignored.set(true);
        try {
            return lookUp.get();
        } finally {
            ignored.set(before);
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
            return counted(dataSource);
        }
        return bean;
    }

    /** The data source, each of whose statements this counter counts. */
    DataSource counted(DataSource dataSource) {
        return ProxyDataSourceBuilder.create(dataSource)
                .name("counted")
                .listener(this)
                .build();
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {}

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        if (ignored.get()) {
            return;
        }
        long sent = execution.isBatch() ? Math.max(1, execution.getBatchSize()) : queries.size();
        statements.addAndGet(sent);
        String kind = queries.isEmpty() ? "OTHER" : kindOf(queries.get(0).getQuery());
        kinds.computeIfAbsent(kind, k -> new AtomicLong()).addAndGet(sent);
    }

    static String kindOf(String sql) {
        Matcher matcher = TABLE.matcher(sql);
        if (!matcher.find()) {
            String trimmed = sql.strip();
            int space = trimmed.indexOf(' ');
            return (space < 0 ? trimmed : trimmed.substring(0, space)).toUpperCase(Locale.ROOT);
        }
        String verb = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        return verb.toUpperCase(Locale.ROOT) + " " + matcher.group(3).toUpperCase(Locale.ROOT);
    }
}
