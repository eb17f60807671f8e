package cn.xuchang.hrss.subsidy.startup;

import cn.xuchang.hrss.subsidy.kernel.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/startup-awards/applications")
@Tag(name = "创业奖补", description = "返乡创业示范园区、示范项目奖补的申请与查询")
class StartupAwardController {

    private final StartupAwards awards;

    StartupAwardController(StartupAwards awards) {
        this.awards = awards;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提交创业奖补申请，进入县区推荐")
    StartupAwardView submit(@Valid @RequestBody StartupAwardRequest request) {
        return awards.submit(CurrentUser.get().id(), request);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改被退回补正的申请并重新提交（回到县区推荐）")
    StartupAwardView correct(@PathVariable String id, @Valid @RequestBody StartupAwardRequest request) {
        return awards.correct(CurrentUser.get().id(), id, request);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看本企业的一项申请：状态、评审结束后的专家评分、核定金额（他企业的申请返回 404）")
    StartupAwardView find(@PathVariable String id) {
        return awards.find(CurrentUser.get().id(), id);
    }

    @GetMapping
    @Operation(summary = "本企业的全部创业奖补申请，最新的在前")
    List<StartupAwardView> list() {
        return awards.list(CurrentUser.get().id());
    }
}
