package cn.xuchang.hrss.subsidy.institution;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The end of a rectification period for the BPMN timer: {@code ${rectification.ends()}}; the engine clock is now. */
@Component("rectification")
public class RectificationPeriod {

    private final InstitutionProperties properties;

    public RectificationPeriod(InstitutionProperties properties) {
        this.properties = properties;
    }

    public Date ends() {
        return new Date(ClockUtil.getCurrentTime().getTime()
                + properties.rectificationPeriod().toMillis());
    }
}
