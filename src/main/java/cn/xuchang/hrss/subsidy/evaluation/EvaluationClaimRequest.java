package cn.xuchang.hrss.subsidy.evaluation;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** An evaluation-subsidy claim as the institution submits (or corrects) it: the certificates it issued. */
public record EvaluationClaimRequest(
        @NotEmpty(message = "至少列出一张证书") List<@NotNull(message = "不能为空") String> certificateNos) {}
