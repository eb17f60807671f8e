package cn.xuchang.hrss.subsidy.startup;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** An entrepreneurship award application as the enterprise submits (or corrects) it (API.md). */
public record StartupAwardRequest(
        @NotNull(message = "不能为空") StartupCategory category,
        @NotBlank(message = "不能为空") @Size(max = 200, message = "不能超过 200 个字") String title,
        @NotBlank(message = "不能为空") String founderIdNumber,
        @NotNull(message = "不能为空") @PositiveOrZero(message = "不能为负数") @Max(value = 1_000_000_000_000L, message = "数额过大")
                BigDecimal investment,
        @NotNull(message = "不能为空") @PositiveOrZero(message = "不能为负数") @Max(value = 1_000_000, message = "数额过大")
                Integer jobsCreated,
        @NotBlank(message = "不能为空") @Size(max = 2000, message = "不能超过 2000 个字") String description,
        @Size(max = 20, message = "最多列出 20 个附件")
                List<@NotBlank(message = "附件名称不能为空") @Size(max = 90, message = "附件名称不能超过 90 个字") String> attachments,
        Boolean founderReturnedHome,
        @Size(max = 500, message = "不能超过 500 个字") String founderReturnNote) {

    /** An application that says nothing about the founder's return home (API.md's fields only). */
    StartupAwardRequest(
            StartupCategory category,
            String title,
            String founderIdNumber,
            BigDecimal investment,
            Integer jobsCreated,
            String description,
            List<String> attachments) {
        this(category, title, founderIdNumber, investment, jobsCreated, description, attachments, null, null);
    }

    List<String> attachmentNames() {
        return attachments == null
                ? List.of()
                : attachments.stream().map(String::strip).toList();
    }
}
