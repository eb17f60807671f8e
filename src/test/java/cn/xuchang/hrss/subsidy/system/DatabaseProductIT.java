package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import java.sql.Connection;
import java.util.Arrays;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The suite runs on the database it says it runs on: the MySQL suite (profile mysql) on MariaDB or MySQL, the ordinary
 * run on H2. A MySQL suite that quietly fell back to H2 would prove nothing about MySQL; this fails it.
 */
class DatabaseProductIT extends ApiIntegrationTest {

    @Autowired
    Environment environment;

    @Autowired
    ProcessEngine engine;

    @Test
    void shouldTalkToTheDatabaseOfTheActiveProfile() throws Exception {
        boolean mysqlSuite = Arrays.asList(environment.getActiveProfiles()).contains("mysql");
        String product;
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        String engineDatabase = engine.getProcessEngineConfiguration()
                        instanceof org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl configuration
                ? configuration.getDatabaseType()
                : null;

        if (mysqlSuite) {
            assertThat(product).as("database product of the MySQL suite").isIn("MySQL", "MariaDB");
            assertThat(jdbc.queryForObject("SELECT VERSION()", String.class))
                    .as("server version")
                    .matches("\\d+\\.\\d+.*");
            assertThat(engineDatabase).isEqualTo("mysql");
        } else {
            assertThat(product).as("database product of the H2 run").isEqualTo("H2");
            assertThat(engineDatabase).isEqualTo("h2");
        }
    }
}
