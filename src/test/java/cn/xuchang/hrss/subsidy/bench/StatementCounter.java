package cn.xuchang.hrss.subsidy.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts every SQL statement the application sends, from any thread (datasource-proxy around the application's one
 * DataSource, which the engine, MyBatis and Flyway share). A statement in a JDBC batch counts as one statement.
 */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounter implements BeanPostProcessor, QueryExecutionListener {

    private final AtomicLong statements = new AtomicLong();

    long count() {
        return statements.get();
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
        statements.addAndGet(execution.isBatch() ? Math.max(1, execution.getBatchSize()) : queries.size());
    }
}
