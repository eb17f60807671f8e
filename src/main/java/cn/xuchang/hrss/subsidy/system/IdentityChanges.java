package cn.xuchang.hrss.subsidy.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Every change to users, groups, tenants and memberships goes through the engine's identity service, whoever makes
 * it (Camunda Admin, {@code /engine-rest/user}, our API, the demo data): the engine's identity service is replaced by
 * {@link ForgettingIdentityService}, which makes the {@link LoginCache} forget the remembered logins as soon as such a
 * change is made, and a user's logins as soon as a password check of theirs fails.
 */
@Component
class IdentityChanges extends AbstractProcessEnginePlugin {

    private final LoginCache logins;

    IdentityChanges(LoginCache logins) {
        this.logins = logins;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityService(new ForgettingIdentityService(logins));
    }
}
