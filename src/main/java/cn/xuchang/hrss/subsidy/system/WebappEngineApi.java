package cn.xuchang.hrss.subsidy.system;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The webapps' own engine API ({@code /camunda/api/engine/*}, which Tasklist calls) with the same mapping of engine-side
 * refusals to problem JSON as {@code /engine-rest} ({@link EngineRestProblems}). Registered before the Camunda webapp
 * starter's initializer, which then keeps this registration of its servlet “Engine Api” and registers the others.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebappEngineApi implements ServletContextInitializer {

    private final CamundaBpmProperties camunda;

    WebappEngineApi(CamundaBpmProperties camunda) {
        this.camunda = camunda;
    }

    @Override
    public void onStartup(ServletContext servletContext) {
        if (servletContext.getServletRegistration("Engine Api") != null) {
            return;
        }
        ServletRegistration.Dynamic api = servletContext.addServlet("Engine Api", ServletContainer.class);
        api.addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
        api.setInitParameter("jakarta.ws.rs.Application", WithProblems.class.getName());
    }

    /** The webapps' engine API application, with our mappers. */
    public static class WithProblems extends EngineRestApplication {
        @Override
        public Set<Class<?>> getClasses() {
            Set<Class<?>> classes = new HashSet<>(super.getClasses());
            classes.addAll(EngineRestProblems.MAPPERS);
            return classes;
        }
    }
}
