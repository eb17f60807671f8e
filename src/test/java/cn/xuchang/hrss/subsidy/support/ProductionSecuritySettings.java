package cn.xuchang.hrss.subsidy.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The security settings of a production installation that the shared test configuration leaves out or relaxes: a
 * configured first administrator (ADMIN_PASSWORD) and the objection limits of application.yaml (the shared tests all
 * object from 127.0.0.1). The security tests that need them share one application context through this annotation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@TestPropertySource(
        properties = {
            "skill-subsidy.bootstrap-admin.password=Boot-Pass-2026",
            "skill-subsidy.objections.per-client.max=5",
            "skill-subsidy.objections.per-client.period=PT1H",
            "skill-subsidy.objections.per-claim.max=20",
            "skill-subsidy.objections.per-claim.period=P1D"
        })
public @interface ProductionSecuritySettings {}
