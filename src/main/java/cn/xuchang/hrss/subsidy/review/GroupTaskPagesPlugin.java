package cn.xuchang.hrss.subsidy.review;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Puts {@link GroupTaskPages} in place of the engine's filter service. */
@Component
class GroupTaskPagesPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<GroupTaskPageMapper> pages;

    GroupTaskPagesPlugin(ObjectProvider<GroupTaskPageMapper> pages) {
        this.pages = pages;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // both looked up at the first request: the engine is configured before the mappers are ready, and the
        // identity service may still be replaced by another plugin
        configuration.setFilterService(new GroupTaskPages(configuration::getIdentityService, pages::getObject));
    }
}
