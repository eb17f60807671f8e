package cn.xuchang.hrss.subsidy.evaluation;

import cn.xuchang.hrss.subsidy.roster.RosterLayout;
import cn.xuchang.hrss.subsidy.roster.RosterRow;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** An evaluation-subsidy claim as the institution submits (or corrects) it: the certificates it issued. */
public record EvaluationClaimRequest(
        @NotEmpty(message = "至少列出一张证书") List<@NotNull(message = "不能为空") String> certificateNos) {

    /** A roster's rows as a claim request (the columns of {@link RosterLayout#EVALUATION}). */
    public static EvaluationClaimRequest of(List<RosterRow> rows) {
        return new EvaluationClaimRequest(
                rows.stream().map(row -> row.text(RosterLayout.CERTIFICATE_NO)).toList());
    }
}
