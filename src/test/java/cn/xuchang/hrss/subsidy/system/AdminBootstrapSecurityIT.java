package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xuchang.hrss.subsidy.SkillSubsidyApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The production profile refuses to start on a database without an administrator when ADMIN_PASSWORD is not set:
 * otherwise the webapps would offer their first-admin set-up page to whoever comes first. The mysql profile's own
 * settings (application-mysql.yaml) on an in-memory H2 database, with a process engine of its own name so that the
 * integration tests' engine is left alone.
 */
class AdminBootstrapSecurityIT {

    @Test
    void shouldRefuseToStartTheMysqlProfileWithoutAnAdministratorAndWithoutAdminPassword() {
        SpringApplicationBuilder application =
                new SpringApplicationBuilder(SkillSubsidyApplication.class).profiles("mysql");

        assertThatThrownBy(() -> application.run(
                        "--spring.datasource.url=jdbc:h2:mem:mysql-profile-without-admin;DB_CLOSE_DELAY=-1",
                        "--spring.datasource.username=sa",
                        "--spring.datasource.password=",
                        "--camunda.bpm.database.type=h2",
                        "--camunda.bpm.process-engine-name=mysqlProfileWithoutAdmin",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--skill-subsidy.bootstrap-admin.password=",
                        "--server.port=0",
                        "--spring.jmx.enabled=false"))
                .hasStackTraceContaining("数据库中还没有系统管理员，且未设置 ADMIN_PASSWORD")
                .hasStackTraceContaining("set ADMIN_PASSWORD for the first administrator");
    }
}
