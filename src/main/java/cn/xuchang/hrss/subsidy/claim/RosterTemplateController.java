package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.roster.RosterLayout;
import cn.xuchang.hrss.subsidy.roster.RosterTemplates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The roster template (.xlsx) of every scheme that takes a roster, under the scheme's own API area. */
@RestController
@Tag(name = "花名册模板", description = "各项补贴申请所用的花名册（.xlsx）模板")
class RosterTemplateController {

    private final Map<String, RosterLayout> layouts;

    RosterTemplateController(List<ClaimDesk<?, ?, ?>> desks) {
        this.layouts = desks.stream()
                .map(desk -> desk.scheme().roster())
                .filter(Objects::nonNull)
                .collect(Collectors.toMap(ClaimScheme.Roster::area, ClaimScheme.Roster::layout));
    }

    @GetMapping("/api/v1/{area}/roster-template.xlsx")
    @Operation(summary = "下载花名册模板（.xlsx；工作表“花名册”，第一行为列名）")
    ResponseEntity<byte[]> template(
            @Parameter(description = "补贴项目：hiring-subsidy、referral-subsidy、evaluation-subsidy、training-vouchers（培训券兑现）")
                    @PathVariable
                    String area) {
        RosterLayout layout = layouts.get(area);
        if (layout == null) {
            throw ApiException.notFound("NOT_FOUND", "没有这个地址");
        }
        return RosterTemplates.download(layout);
    }
}
