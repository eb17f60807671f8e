package cn.xuchang.hrss.subsidy.system;

import java.util.Set;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the process engine wait for the database initialisers (Flyway), so that on MySQL the engine finds the utf8mb4
 * schema that {@link V0_1__EngineSchemaUtf8mb4} created. Registered in META-INF/spring.factories.
 */
public class EngineStartsAfterMigrations extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngineFactoryBean.class);
    }
}
