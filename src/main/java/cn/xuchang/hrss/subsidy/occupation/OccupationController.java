package cn.xuchang.hrss.subsidy.occupation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "职业目录", description = "国家职业分类大典中本市使用的职业（工种）及其代码")
class OccupationController {

    private final Occupations occupations;

    OccupationController(Occupations occupations) {
        this.occupations = occupations;
    }

    @GetMapping("/api/v1/occupations")
    @Operation(summary = "职业目录：代码与名称")
    List<Occupation> all() {
        return occupations.all();
    }
}
