package cn.xuchang.hrss.subsidy.system;

import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Our migrations (and, on MySQL, the engine's utf8mb4 schema) run before the process engine starts. */
@Configuration(proxyBeanMethods = false)
class FlywaySetup {

    @Bean
    FlywayConfigurationCustomizer engineSchemaMigration() {
        return configuration -> configuration.javaMigrations(new V0_1__EngineSchemaUtf8mb4());
    }
}
