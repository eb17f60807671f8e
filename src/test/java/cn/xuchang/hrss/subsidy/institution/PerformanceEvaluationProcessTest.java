package cn.xuchang.hrss.subsidy.institution;

import static cn.xuchang.hrss.subsidy.institution.InstitutionExitProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;

import cn.xuchang.hrss.subsidy.claim.ClaimProcessEngine;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** bpmn/institution-performance-evaluation.bpmn starts the yearly evaluation by itself, every year on 15 January. */
@Deployment(resources = "bpmn/institution-performance-evaluation.bpmn")
class PerformanceEvaluationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
                    ClaimProcessEngine.configuration(
                            Map.of("startPerformanceEvaluations", ClaimProcessEngine.recorder("evaluate all"))))
            .assertClassCoverageAtLeast(1.0)
            .build();

    @BeforeEach
    void reset() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ClaimProcessEngine.reset();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldStartThePerformanceEvaluationOfEveryListedInstitutionOnceAYear() {
        Job timer = jobQuery().activityId(TIMER_YEARLY).singleResult();
        LocalDateTime due = LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
        assertThat(due.getMonthValue()).isEqualTo(1);
        assertThat(due.getDayOfMonth()).isEqualTo(15);

        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
        execute(timer);

        assertThat(ClaimProcessEngine.CALLS).containsExactly("evaluate all");
        Job next = jobQuery().activityId(TIMER_YEARLY).singleResult();
        assertThat(LocalDateTime.ofInstant(next.getDuedate().toInstant(), ZoneId.systemDefault()))
                .isEqualTo(due.plusYears(1));
    }
}
