package cn.xuchang.hrss.subsidy.institution;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A public announcement about an institution: put on the catalogue (LISTING) or exited and exposed (EXPOSURE). */
public record Announcement(
        Long id,
        String kind,
        String institutionCreditCode,
        String institutionName,
        String referenceId,
        String message,
        LocalDate publishedOn,
        LocalDateTime publishedAt) {

    public static final String LISTING = "LISTING";
    public static final String EXPOSURE = "EXPOSURE";
}
