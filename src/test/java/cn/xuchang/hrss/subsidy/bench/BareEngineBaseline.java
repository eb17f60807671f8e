package cn.xuchang.hrss.subsidy.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The bare engine the application is compared with: a standalone Camunda engine (same version, same history level,
 * its job executor on, its own database of the same kind) running a process of the same shape as the hiring subsidy
 * (same wait states, timers and asynchronous step; service tasks that do nothing), driven through the Java API.
 */
final class BareEngineBaseline implements AutoCloseable {

    static final String KEY = "deadline-rush-baseline";
    private static final String COUNTY_REVIEW = "user_county_review";
    private static final String CITY_REVIEW = "user_city_review";

    private final HikariDataSource dataSource;
    private final ProcessEngine engine;
    private final StatementCounter statements = new StatementCounter();

    BareEngineBaseline(String jdbcUrl, String user, String password, boolean mysql) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(jdbcUrl);
        pool.setUsername(user);
        pool.setPassword(password);
        // as many connections as the clients and the job executor's threads can hold at once
        pool.setMaximumPoolSize(32);
        pool.setConnectionTimeout(120_000);
        if (mysql) {
            pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        }
        dataSource = new HikariDataSource(pool);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bench-baseline");
        configuration.setDataSource(statements.counted(dataSource));
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(true);
        configuration.setJdbcBatchProcessing(true);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService()
                .createDeployment()
                .name("bench-baseline")
                .addClasspathResource("bench/deadline-rush-baseline.bpmn")
                .enableDuplicateFiltering(true)
                .deploy();
    }

    /** The baseline's flow for {@link Rush}: start, then complete both reviews through the Java API. */
    Rush.Flow<Rush.Claim> flow() {
        return new Rush.Flow<>() {
            @Override
            public String submit(Rush.Claim claim) {
                Map<String, Object> variables = Variables.createVariables()
                        .putValue("applicantId", claim.enterprise())
                        .putValue("countyCode", claim.countyCode())
                        .putValue("eligibleCount", claim.idNumbers().size())
                        .putValue("reviewDue", new Date(System.currentTimeMillis() + 14L * 24 * 3600 * 1000));
                String businessKey = java.util.UUID.randomUUID().toString();
                engine.getRuntimeService().startProcessInstanceByKey(KEY, businessKey, variables);
                return businessKey;
            }

            @Override
            public void review(String businessKey) {
                complete(businessKey, COUNTY_REVIEW);
                complete(businessKey, CITY_REVIEW);
            }

            @Override
            public int completed(List<String> businessKeys) {
                return (int) engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new))
                        .completed()
                        .count();
            }
        };
    }

    private void complete(String businessKey, String taskKey) {
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey)
                .singleResult();
        engine.getTaskService().complete(task.getId(), Map.of("decision", "APPROVE", "comment", "同意"));
    }

    StatementCounter statements() {
        return statements;
    }

    @Override
    public void close() {
        engine.close();
        dataSource.close();
    }
}
