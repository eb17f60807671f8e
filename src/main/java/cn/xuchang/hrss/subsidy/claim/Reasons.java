package cn.xuchang.hrss.subsidy.claim;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reason codes of ineligible claim lines (API.md) and their Chinese wording for reviewers and applicants. */
public final class Reasons {

    public static final String INVALID_ID_NUMBER = "INVALID_ID_NUMBER";
    public static final String PERSON_UNKNOWN = "PERSON_UNKNOWN";
    public static final String NO_CERTIFICATE = "NO_CERTIFICATE";
    public static final String NOT_HIRED_IN_YEAR = "NOT_HIRED_IN_YEAR";
    public static final String EMPLOYMENT_UNDER_12_MONTHS = "EMPLOYMENT_UNDER_12_MONTHS";
    public static final String EMPLOYMENT_UNDER_6_MONTHS = "EMPLOYMENT_UNDER_6_MONTHS";
    public static final String EMPLOYER_NOT_IN_CITY = "EMPLOYER_NOT_IN_CITY";
    public static final String ALREADY_CLAIMED = "ALREADY_CLAIMED";
    public static final String DUPLICATE_IN_CLAIM = "DUPLICATE_IN_CLAIM";
    public static final String CAP_REACHED = "CAP_REACHED";
    public static final String CERTIFICATE_UNKNOWN = "CERTIFICATE_UNKNOWN";
    public static final String NOT_ISSUED_BY_INSTITUTION = "NOT_ISSUED_BY_INSTITUTION";
    public static final String INSTITUTION_NOT_LISTED = "INSTITUTION_NOT_LISTED";
    public static final String NO_SUBSIDY_STANDARD = "NO_SUBSIDY_STANDARD";
    public static final String ALREADY_PAID = "ALREADY_PAID";
    public static final String AGENCY_NOT_LICENSED = "AGENCY_NOT_LICENSED";
    public static final String VOUCHER_UNKNOWN = "VOUCHER_UNKNOWN";
    public static final String NOT_ENROLLED_HERE = "NOT_ENROLLED_HERE";
    public static final String NOT_CERTIFIED = "NOT_CERTIFIED";
    public static final String ALREADY_REDEEMED = "ALREADY_REDEEMED";

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(INVALID_ID_NUMBER, "身份证号码无效"),
            Map.entry(PERSON_UNKNOWN, "人员未登记"),
            Map.entry(NO_CERTIFICATE, "入职（上岗）时未持有证书"),
            Map.entry(NOT_HIRED_IN_YEAR, "不是申报年度内新招用"),
            Map.entry(EMPLOYMENT_UNDER_12_MONTHS, "本单位连续缴纳社保不满12个月"),
            Map.entry(EMPLOYMENT_UNDER_6_MONTHS, "用人单位连续缴纳社保不满6个月"),
            Map.entry(EMPLOYER_NOT_IN_CITY, "用人单位不是本市登记企业"),
            Map.entry(ALREADY_CLAIMED, "已享受过该项补贴"),
            Map.entry(DUPLICATE_IN_CLAIM, "本申请内重复"),
            Map.entry(CAP_REACHED, "已达企业补贴累计上限"),
            Map.entry(CERTIFICATE_UNKNOWN, "证书未登记"),
            Map.entry(NOT_ISSUED_BY_INSTITUTION, "证书不是本机构颁发"),
            Map.entry(INSTITUTION_NOT_LISTED, "发证时本机构未列入该职业等级的评价目录"),
            Map.entry(NO_SUBSIDY_STANDARD, "该等级无补贴标准，需人工审核"),
            Map.entry(ALREADY_PAID, "同一人员同一职业同一等级已补贴过"),
            Map.entry(AGENCY_NOT_LICENSED, "上岗时本机构没有有效的人力资源服务许可证"),
            Map.entry(VOUCHER_UNKNOWN, "培训券不存在"),
            Map.entry(NOT_ENROLLED_HERE, "该券未在本机构报名培训"),
            Map.entry(NOT_CERTIFIED, "持券人尚未取得相应证书（无证无价）"),
            Map.entry(ALREADY_REDEEMED, "该券已兑现或正在兑现"));

    /** Reasons that do not end a line but leave its decision to the reviewer (never paid automatically). */
    private static final java.util.Set<String> FOR_THE_REVIEWER = java.util.Set.of(NO_SUBSIDY_STANDARD);

    private Reasons() {}

    /** A line whose only reasons are for the reviewer to weigh: the claim goes to review even with nothing payable. */
    public static boolean onlyForTheReviewer(List<String> codes) {
        return !codes.isEmpty() && FOR_THE_REVIEWER.containsAll(codes);
    }

    public static String label(String code) {
        return LABELS.getOrDefault(code, code);
    }

    public static String labels(List<String> codes) {
        return codes.stream().map(Reasons::label).collect(Collectors.joining("；"));
    }
}
