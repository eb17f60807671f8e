package cn.xuchang.hrss.subsidy.voucher;

import cn.xuchang.hrss.subsidy.registry.SkillLevel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of the training-voucher API (API.md, Workers, training vouchers and the e-file). */
public final class VoucherRequests {

    private VoucherRequests() {}

    /** A worker asks for a voucher: the occupation by name or catalogue code, and the level. */
    public record IssueRequest(
            @NotBlank(message = "不能为空") @Size(max = 100, message = "不能超过 100 个字符") String occupation,
            @NotNull(message = "不能为空") SkillLevel level) {}

    /** A training institution enrols the holder, named by ID number (实名制). */
    public record EnrolmentRequest(@NotBlank(message = "不能为空") String idNumber) {}

    /** The enrolling institution records the completed training. */
    public record CompletionRequest(
            @NotNull(message = "不能为空") @Min(value = 1, message = "至少 1 学时") @Max(value = 2000, message = "不能超过 2000 学时")
                    Integer hours,
            @NotNull(message = "不能为空") LocalDate completedOn) {}

    /** A training institution redeems certified vouchers. */
    public record RedemptionRequest(
            @NotEmpty(message = "至少列出一张培训券")
                    List<@NotBlank(message = "不能为空") @Size(max = 64, message = "不能超过 64 个字符") String> codes) {}
}
