package cn.xuchang.hrss.subsidy.institution;

import cn.xuchang.hrss.subsidy.kernel.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/institution-exits")
@Tag(name = "评价机构动态退出", description = "投诉、检查或绩效评估引起的调查、整改与退出（市人社局或管理员）")
class ExitController {

    private final InstitutionExits exits;

    ExitController(InstitutionExits exits) {
        this.exits = exits;
    }

    record ExitRequest(
            @NotBlank(message = "不能为空") String institutionCreditCode,
            @NotNull(message = "不能为空") ExitTrigger trigger,
            @NotBlank(message = "不能为空") @Size(max = 1000, message = "不能超过 1000 个字") String description) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "对机构启动问题调查（投诉、检查或绩效评估）")
    ExitView start(@Valid @RequestBody ExitRequest request) {
        return exits.start(
                CurrentUser.get().id(), request.institutionCreditCode(), request.trigger(), request.description());
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一项问题处理程序")
    ExitView find(@PathVariable String id) {
        return exits.find(id);
    }

    @GetMapping
    @Operation(summary = "某机构的全部问题处理程序")
    List<ExitView> ofInstitution(@RequestParam("institution") String creditCode) {
        return exits.ofInstitution(creditCode.strip().toUpperCase());
    }
}
