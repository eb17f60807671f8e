package cn.xuchang.hrss.subsidy.receipt;

import cn.xuchang.hrss.subsidy.claim.Claim;
import cn.xuchang.hrss.subsidy.claim.ClaimItem;
import cn.xuchang.hrss.subsidy.claim.Claims;
import cn.xuchang.hrss.subsidy.claim.Reasons;
import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.CurrentUser;
import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.ledger.Scheme;
import cn.xuchang.hrss.subsidy.ledger.Yuan;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application receipt (申请回执) of a claim as a PDF: claim number, applicant, lines with amounts, total, submission
 * time, status. For the applicant and the claim's reviewers (its county's reviewers where the scheme has a county
 * review, the city's, administrators); anyone else is told the claim does not exist.
 */
@Service
public class Receipts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Claims claims;
    private final List<String> fonts;

    Receipts(
            Claims claims,
            @Value("${skill-subsidy.receipt.fonts:"
                            + "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,"
                            + "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf,"
                            + "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf}")
                    List<String> fonts) {
        this.claims = claims;
        this.fonts = fonts;
    }

    /** The receipt of the claim in that scheme, if the user may read it; else 404. */
    @Transactional(readOnly = true)
    public byte[] receipt(Scheme scheme, String claimId, CurrentUser user) {
        Claim claim = claims.find(claimId);
        if (claim == null || claim.scheme() != scheme || !mayRead(claim, user)) {
            throw ApiException.notFound("CLAIM_NOT_FOUND", "没有找到该申请：" + claimId);
        }
        return ReceiptPdf.render(content(claim, claims.items(claimId)), fonts);
    }

    static boolean mayRead(Claim claim, CurrentUser user) {
        if (user.id().equals(claim.applicantId()) || user.isAdmin() || user.isIn(Groups.CITY_REVIEWER)) {
            return true;
        }
        boolean countyReviewed = claim.scheme() == Scheme.HIRING || claim.scheme() == Scheme.REFERRAL;
        return countyReviewed && user.isIn(Groups.countyReviewer(claim.countyCode()));
    }

    private static ReceiptPdf.Content content(Claim claim, List<ClaimItem> items) {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"补贴项目", claim.scheme().label()});
        facts.add(new String[] {"申请编号", claim.id()});
        facts.add(new String[] {"申请单位", claim.applicantName() + "（" + claim.applicantId() + "）"});
        if (claim.claimYear() != null) {
            facts.add(new String[] {"申报年度", claim.claimYear() + " 年"});
        }
        facts.add(new String[] {"提交时间", claim.submittedAt().format(TIME)});
        facts.add(new String[] {"当前状态", claim.status().label()});
        long eligible = items.stream().filter(ClaimItem::eligible).count();
        facts.add(new String[] {
            "申请合计", items.size() + " 项，其中符合条件 " + eligible + " 项，金额 " + Yuan.of(claim.totalAmount()) + " 元"
        });

        boolean certificates = claim.scheme() == Scheme.EVALUATION;
        String[] header = certificates
                ? new String[] {"序号", "证书编号", "姓名", "结果", "金额（元）", "说明"}
                : new String[] {"序号", "身份证号码", "姓名", "入职日期", "结果", "金额（元）", "说明"};
        float[] widths =
                certificates ? new float[] {32, 120, 70, 45, 60, 184} : new float[] {32, 120, 60, 68, 40, 56, 135};
        List<String[]> rows = new ArrayList<>();
        for (ClaimItem item : items) {
            String name = item.personName() == null ? "" : item.personName();
            String result = item.eligible() ? "符合" : "不符合";
            String amount = Yuan.of(item.amount()).toPlainString();
            String reasons = Reasons.labels(item.reasonList());
            rows.add(
                    certificates
                            ? new String[] {String.valueOf(item.lineNo()), item.subject(), name, result, amount, reasons
                            }
                            : new String[] {
                                String.valueOf(item.lineNo()),
                                item.subject(),
                                name,
                                item.startedOn() == null ? "" : item.startedOn().toString(),
                                result,
                                amount,
                                reasons
                            });
        }
        String footer = "本回执由许昌市技能补贴业务系统于 " + LocalDateTime.now().format(TIME) + " 生成，仅证明申请已提交及其当前状态；补贴以审核、公示后的拨付结果为准。";
        return new ReceiptPdf.Content("申请回执", facts, header, widths, rows, footer);
    }
}
