package cn.xuchang.hrss.subsidy.startup;

import cn.xuchang.hrss.subsidy.review.ReviewVariables;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Lets the demo data set apply for an award as an enterprise would, and recommend it as its county would. */
@Component
public class DemoStartupAwards {

    private final StartupAwards awards;
    private final TaskService tasks;
    private final IdentityService identity;

    DemoStartupAwards(StartupAwards awards, TaskService tasks, IdentityService identity) {
        this.awards = awards;
        this.tasks = tasks;
        this.identity = identity;
    }

    /** A project application of the enterprise, recommended by the county reviewer: it waits for the experts. */
    public String applyAndRecommend(String enterpriseId, String founderIdNumber, String countyReviewer) {
        StartupAwardView application = awards.submit(
                enterpriseId,
                new StartupAwardRequest(
                        StartupCategory.PROJECT,
                        "许昌发制品返乡创业示范项目",
                        founderIdNumber,
                        new BigDecimal("1500000"),
                        25,
                        "返乡农民工在魏都区创办的发制品加工项目，带动周边 25 名农村劳动力就业。",
                        List.of("营业执照.pdf", "项目可行性报告.pdf", "带动就业人员花名册.xlsx")));
        Task recommendation = tasks.createTaskQuery()
                .processInstanceBusinessKey(application.id())
                .taskDefinitionKey(StartupAwardProcess.USER_COUNTY_RECOMMENDATION)
                .singleResult();
        List<String> groups = identity.createGroupQuery().groupMember(countyReviewer).list().stream()
                .map(Group::getId)
                .toList();
        identity.setAuthentication(countyReviewer, groups);
        try {
            tasks.complete(
                    recommendation.getId(),
                    Map.of(ReviewVariables.DECISION, "RECOMMEND", ReviewVariables.COMMENT, "材料齐全，予以推荐"));
        } finally {
            identity.clearAuthentication();
        }
        return application.id();
    }
}
