package cn.xuchang.hrss.subsidy.startup;

import java.math.BigDecimal;

/**
 * What an entrepreneurship award application says; its status and amount are on the claim with the same id.
 * {@code founderReturnedHome} is the application's statement that the founder is a migrant worker back home
 * (农民工返乡), null when it does not say.
 */
public record StartupApplication(
        String claimId,
        StartupCategory category,
        String title,
        String founderIdNumber,
        BigDecimal investment,
        int jobsCreated,
        String description,
        String attachments,
        BigDecimal scoreMean,
        Boolean founderReturnedHome,
        String founderReturnNote) {

    /** The statement as the county reads it. */
    public String founderReturnLabel() {
        String note = founderReturnNote == null || founderReturnNote.isBlank() ? "" : "：" + founderReturnNote;
        if (founderReturnedHome == null) {
            return "申请未说明创办人是否为返乡农民工" + note;
        }
        return (founderReturnedHome ? "是，申请称创办人为返乡农民工" : "否，申请称创办人不是返乡农民工") + note;
    }
}
