package cn.xuchang.hrss.subsidy.referral;

import cn.xuchang.hrss.subsidy.roster.RosterLayout;
import cn.xuchang.hrss.subsidy.roster.RosterRow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** A referral-subsidy claim as the agency submits (or corrects) it. */
public record ReferralClaimRequest(
        @NotEmpty(message = "至少列出一名介绍就业人员") List<@Valid @NotNull(message = "不能为空") PlacementRequest> placements) {

    public record PlacementRequest(
            @NotNull(message = "不能为空") String idNumber,
            @NotNull(message = "不能为空") String employerCreditCode,
            @NotNull(message = "不能为空") LocalDate startedOn) {}

    /** A roster's rows as a claim request (the columns of {@link RosterLayout#REFERRAL}). */
    public static ReferralClaimRequest of(List<RosterRow> rows) {
        return new ReferralClaimRequest(rows.stream()
                .map(row -> new PlacementRequest(
                        row.text(RosterLayout.ID_NUMBER),
                        row.text(RosterLayout.EMPLOYER),
                        row.date(RosterLayout.HIRED_ON)))
                .toList());
    }
}
