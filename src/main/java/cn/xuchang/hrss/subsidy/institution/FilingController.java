package cn.xuchang.hrss.subsidy.institution;

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
@RequestMapping("/api/v1/institution-filings")
@Tag(name = "评价机构备案", description = "评价机构申请列入评价目录清单")
class FilingController {

    private final InstitutionFilings filings;

    FilingController(InstitutionFilings filings) {
        this.filings = filings;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提交备案：完整性校验后进入市级审核")
    FilingView submit(@Valid @RequestBody FilingRequest request) {
        return filings.submit(CurrentUser.get().id(), request);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改被退回补正的备案并重新提交")
    FilingView correct(@PathVariable String id, @Valid @RequestBody FilingRequest request) {
        return filings.correct(CurrentUser.get().id(), id, request);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看本机构的一项备案（他机构的备案返回 404）")
    FilingView find(@PathVariable String id) {
        return filings.find(CurrentUser.get().id(), id);
    }

    @GetMapping
    @Operation(summary = "本机构的全部备案，最新的在前")
    List<FilingView> list() {
        return filings.list(CurrentUser.get().id());
    }
}
