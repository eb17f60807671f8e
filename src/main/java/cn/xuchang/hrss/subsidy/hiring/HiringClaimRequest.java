package cn.xuchang.hrss.subsidy.hiring;

import cn.xuchang.hrss.subsidy.roster.RosterLayout;
import cn.xuchang.hrss.subsidy.roster.RosterRow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** A hiring-subsidy claim as the enterprise submits (or corrects) it. */
public record HiringClaimRequest(
        @NotNull(message = "不能为空") Integer year,
        @NotEmpty(message = "至少列出一名招用人员") List<@Valid @NotNull(message = "不能为空") HireRequest> hires) {

    public record HireRequest(
            @NotNull(message = "不能为空") String idNumber, @NotNull(message = "不能为空") LocalDate hiredOn) {}

    /** A roster's rows as a claim request for the year (the columns of {@link RosterLayout#HIRING}). */
    public static HiringClaimRequest of(int year, List<RosterRow> rows) {
        return new HiringClaimRequest(
                year,
                rows.stream()
                        .map(row -> new HireRequest(row.text(RosterLayout.ID_NUMBER), row.date(RosterLayout.HIRED_ON)))
                        .toList());
    }
}
