package cn.xuchang.hrss.subsidy.roster;

import java.util.List;

/** The columns of one scheme's roster (API.md, "Applicant portal and roster files"), in the template's order. */
public record RosterLayout(String fileName, List<RosterColumn> columns) {

    public static final String SHEET = "花名册";

    public static final String ID_NUMBER = "身份证号码";
    public static final String NAME = "姓名";
    public static final String HIRED_ON = "入职日期";
    public static final String EMPLOYER = "用人单位统一社会信用代码";
    public static final String CERTIFICATE_NO = "证书编号";
    public static final String VOUCHER_CODE = "培训券编号";

    public static final RosterLayout HIRING = new RosterLayout(
            "吸纳就业补助花名册.xlsx",
            List.of(RosterColumn.code(ID_NUMBER), RosterColumn.optionalText(NAME), RosterColumn.date(HIRED_ON)));

    public static final RosterLayout REFERRAL = new RosterLayout(
            "职业介绍补贴花名册.xlsx",
            List.of(
                    RosterColumn.code(ID_NUMBER),
                    RosterColumn.optionalText(NAME),
                    RosterColumn.code(EMPLOYER),
                    RosterColumn.date(HIRED_ON)));

    public static final RosterLayout EVALUATION =
            new RosterLayout("评价补贴证书清单.xlsx", List.of(RosterColumn.code(CERTIFICATE_NO)));

    public static final RosterLayout VOUCHER =
            new RosterLayout("培训券兑现清单.xlsx", List.of(RosterColumn.code(VOUCHER_CODE), RosterColumn.optionalText(NAME)));
}
