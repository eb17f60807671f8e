package cn.xuchang.hrss.subsidy.efile;

import cn.xuchang.hrss.subsidy.claim.ClaimStatus;
import cn.xuchang.hrss.subsidy.efile.EFile.CertificateEntry;
import cn.xuchang.hrss.subsidy.efile.EFile.EvaluationEntry;
import cn.xuchang.hrss.subsidy.efile.EFile.SubsidyEntry;
import cn.xuchang.hrss.subsidy.efile.EFile.TrainingEntry;
import cn.xuchang.hrss.subsidy.efile.EFileMapper.CertificateRow;
import cn.xuchang.hrss.subsidy.efile.EFileMapper.PersonRow;
import cn.xuchang.hrss.subsidy.efile.EFileMapper.SubsidyRow;
import cn.xuchang.hrss.subsidy.efile.EFileMapper.VoucherRow;
import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.ledger.Scheme;
import cn.xuchang.hrss.subsidy.ledger.Yuan;
import cn.xuchang.hrss.subsidy.occupation.Occupations;
import cn.xuchang.hrss.subsidy.receipt.PdfPrinter;
import cn.xuchang.hrss.subsidy.registry.CertificateKind;
import cn.xuchang.hrss.subsidy.registry.SkillLevel;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a person's e-file in four indexed statements and prints it. Who may read it: the person themself (login = ID
 * number, group {@code worker}), reviewers and administrators; anyone else is told it does not exist (404
 * {@code PERSON_NOT_FOUND}), so an e-file's existence is disclosed to nobody else.
 */
@Service
public class EFiles {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EFileMapper mapper;
    private final Occupations occupations;
    private final PdfPrinter printer;
    private final Clock clock;

    @Autowired
    EFiles(EFileMapper mapper, Occupations occupations, PdfPrinter printer) {
        this(mapper, occupations, printer, Clock.systemDefaultZone());
    }

    EFiles(EFileMapper mapper, Occupations occupations, PdfPrinter printer, Clock clock) {
        this.mapper = mapper;
        this.occupations = occupations;
        this.printer = printer;
        this.clock = clock;
    }

    /** Whether this user may read that person's e-file: the person as a worker, a reviewer, an administrator. */
    public static boolean mayRead(String userId, Collection<String> groups, String idNumber) {
        if (groups.contains(Groups.ADMIN) || groups.stream().anyMatch(Groups::isReviewerGroup)) {
            return true;
        }
        return groups.contains(Groups.WORKER) && userId != null && userId.equalsIgnoreCase(idNumber);
    }

    /** The e-file, if the user may read it and the person is registered; else 404 {@code PERSON_NOT_FOUND}. */
    @Transactional(readOnly = true)
    public EFile read(String rawIdNumber, String userId, Collection<String> groups) {
        String idNumber = rawIdNumber == null ? "" : rawIdNumber.strip().toUpperCase();
        if (!mayRead(userId, groups, idNumber)) {
            throw notFound(idNumber);
        }
        PersonRow person = idNumber.length() > 18 ? null : mapper.person(idNumber);
        if (person == null) {
            throw notFound(idNumber);
        }
        List<CertificateEntry> certificates =
                mapper.certificates(idNumber).stream().map(this::certificate).toList();
        LocalDate today = LocalDate.now(clock);
        List<TrainingEntry> trainings =
                mapper.vouchers(idNumber).stream().map(v -> training(v, today)).toList();
        List<SubsidyRow> rows = mapper.subsidies(idNumber);
        Map<String, CertificateEntry> byNumber = certificates.stream()
                .collect(Collectors.toMap(CertificateEntry::certificateNo, Function.identity(), (a, b) -> a));
        List<EvaluationEntry> evaluations = new ArrayList<>();
        for (SubsidyRow row : rows) {
            CertificateEntry certificate = byNumber.get(row.subject());
            if (Scheme.EVALUATION.name().equals(row.scheme()) && certificate != null) {
                evaluations.add(new EvaluationEntry(
                        certificate.certificateNo(),
                        certificate.occupation(),
                        certificate.level(),
                        certificate.levelName(),
                        certificate.issuedOn(),
                        row.payee(),
                        row.claimId(),
                        Yuan.of(row.amount()),
                        row.status(),
                        statusText(row.status())));
            }
        }
        List<SubsidyEntry> subsidies = rows.stream().map(EFiles::subsidy).toList();
        return new EFile(person.idNumber(), person.name(), certificates, trainings, evaluations, subsidies);
    }

    /** The e-file as an A4 PDF with Chinese headings. */
    public byte[] pdf(EFile file) {
        List<String[]> facts =
                List.of(new String[] {"姓名", file.name()}, new String[] {"身份证号码", file.idNumber()}, new String[] {
                    "档案概况",
                    "证书 " + file.certificates().size() + " 本，补贴性培训 "
                            + file.trainings().size() + " 次，补贴性评价 "
                            + file.evaluations().size() + " 次，相关补贴 "
                            + file.subsidies().size() + " 笔"
                });
        List<PdfPrinter.Table> tables = List.of(
                new PdfPrinter.Table(
                        "一、职业技能证书",
                        new String[] {"证书编号", "证书类别", "职业（工种）", "等级", "发证日期", "评价机构"},
                        new float[] {95, 90, 80, 50, 64, 132},
                        file.certificates().stream()
                                .map(c -> new String[] {
                                    c.certificateNo(),
                                    c.kindName(),
                                    c.occupation(),
                                    orDash(c.levelName()),
                                    c.issuedOn().toString(),
                                    orDash(c.issuer())
                                })
                                .toList(),
                        "暂无证书记录"),
                new PdfPrinter.Table(
                        "二、补贴性职业技能培训（职业培训券）",
                        new String[] {"培训券编号", "培训机构", "职业（工种）", "等级", "入学日期", "结业日期", "学时", "状态"},
                        new float[] {80, 95, 62, 42, 58, 58, 32, 84},
                        file.trainings().stream()
                                .map(t -> new String[] {
                                    t.voucherCode(),
                                    orDash(t.institution()),
                                    t.occupation(),
                                    t.levelName(),
                                    orDash(t.enrolledOn()),
                                    orDash(t.completedOn()),
                                    orDash(t.hours()),
                                    t.statusText()
                                })
                                .toList(),
                        "暂无补贴性培训记录"),
                new PdfPrinter.Table(
                        "三、补贴性职业技能评价",
                        new String[] {"证书编号", "职业（工种）", "等级", "发证日期", "评价机构", "补贴（元）", "状态"},
                        new float[] {90, 75, 50, 62, 115, 52, 67},
                        file.evaluations().stream()
                                .map(e -> new String[] {
                                    e.certificateNo(),
                                    e.occupation(),
                                    orDash(e.levelName()),
                                    e.issuedOn().toString(),
                                    e.institution(),
                                    e.amount().toPlainString(),
                                    e.statusText()
                                })
                                .toList(),
                        "暂无补贴性评价记录"),
                new PdfPrinter.Table(
                        "四、享受的补贴",
                        new String[] {"补贴项目", "申请编号", "领取单位", "金额（元）", "状态"},
                        new float[] {110, 130, 140, 55, 76},
                        file.subsidies().stream()
                                .map(s -> new String[] {
                                    s.schemeName(),
                                    s.claimId(),
                                    s.payee(),
                                    s.amount().toPlainString(),
                                    s.statusText()
                                })
                                .toList(),
                        "暂无补贴记录"));
        String footer = "本电子档案由许昌市技能补贴业务系统于 " + LocalDateTime.now(clock).format(TIME)
                + " 生成，记载本人经实名登记的证书、补贴性培训和评价及相关补贴；补贴以审核、公示后的拨付结果为准。";
        return printer.print("个人实名制电子档案", facts, tables, footer);
    }

    private CertificateEntry certificate(CertificateRow row) {
        return new CertificateEntry(
                row.certificateNo(),
                row.kind(),
                kindName(row.kind()),
                occupations.nameOf(row.occupation()),
                row.occupation(),
                row.level(),
                levelName(row.level()),
                row.issuedOn(),
                row.issuerCreditCode(),
                row.issuerName());
    }

    private TrainingEntry training(VoucherRow row, LocalDate today) {
        String status = TrainingWorth.status(row.status(), row.expiresOn(), today);
        return new TrainingEntry(
                row.code(),
                row.institutionName(),
                row.institutionCreditCode(),
                occupations.nameOf(row.occupation()),
                row.occupation(),
                row.level(),
                levelName(row.level()),
                row.issuedOn(),
                row.expiresOn(),
                row.enrolledOn(),
                row.completedOn(),
                row.hours(),
                row.certificateNo(),
                status,
                TrainingWorth.text(status));
    }

    private static SubsidyEntry subsidy(SubsidyRow row) {
        return new SubsidyEntry(
                row.scheme(),
                schemeName(row.scheme()),
                row.claimId(),
                row.subject(),
                Yuan.of(row.amount()),
                row.status(),
                statusText(row.status()),
                row.payee(),
                row.payeeId(),
                row.submittedAt() == null ? null : row.submittedAt().toLocalDate());
    }

    private static ApiException notFound(String idNumber) {
        return ApiException.notFound("PERSON_NOT_FOUND", "没有找到该人员的电子档案：" + idNumber);
    }

    private static String schemeName(String scheme) {
        for (Scheme known : Scheme.values()) {
            if (known.name().equals(scheme)) {
                return known.label();
            }
        }
        return scheme.contains("VOUCHER") ? "职业培训券兑现" : scheme;
    }

    private static String statusText(String status) {
        for (ClaimStatus known : ClaimStatus.values()) {
            if (known.name().equals(status)) {
                return known.label();
            }
        }
        return status;
    }

    private static String kindName(String kind) {
        for (CertificateKind known : CertificateKind.values()) {
            if (known.name().equals(kind)) {
                return known.label();
            }
        }
        return kind;
    }

    private static String levelName(String level) {
        if (level == null) {
            return null;
        }
        for (SkillLevel known : SkillLevel.values()) {
            if (known.name().equals(level)) {
                return known.label();
            }
        }
        return level;
    }

    private static String orDash(Object value) {
        return value == null ? "—" : value.toString();
    }
}
