package cn.xuchang.hrss.subsidy.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Reading as narrow as writing, inside the engine so that every path to it is covered (engine REST API, webapps,
 * Java): {@link CommentsAndAttachmentsGuard} keeps comments and attachments to the tasks a user may work on.
 * Historic instance permissions themselves are switched on in application.yaml
 * ({@code enable-historic-instance-permissions}).
 */
@Component
class ReadingIsolationPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTaskService(new CommentsAndAttachmentsGuard());
    }
}
