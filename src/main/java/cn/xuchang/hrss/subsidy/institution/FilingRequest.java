package cn.xuchang.hrss.subsidy.institution;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A filing as the institution submits (or corrects) it: occupations, each with the levels it will evaluate. */
public record FilingRequest(@NotNull(message = "不能为空") List<OccupationRequest> occupations) {

    public record OccupationRequest(String occupation, List<String> levels) {}

    FilingCompleteness.Result check() {
        return FilingCompleteness.check(occupations.stream()
                .map(o -> o == null ? null : new FilingCompleteness.Entry(o.occupation(), o.levels()))
                .toList());
    }
}
