package cn.xuchang.hrss.subsidy.voucher;

import cn.xuchang.hrss.subsidy.claim.DecisionTables;
import cn.xuchang.hrss.subsidy.institution.Institution;
import cn.xuchang.hrss.subsidy.institution.InstitutionKind;
import cn.xuchang.hrss.subsidy.institution.Institutions;
import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.ConflictRetry;
import cn.xuchang.hrss.subsidy.kernel.CurrentUser;
import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.occupation.Occupation;
import cn.xuchang.hrss.subsidy.occupation.Occupations;
import cn.xuchang.hrss.subsidy.registry.Certificate;
import cn.xuchang.hrss.subsidy.registry.Person;
import cn.xuchang.hrss.subsidy.registry.Registry;
import cn.xuchang.hrss.subsidy.registry.SkillLevel;
import cn.xuchang.hrss.subsidy.voucher.VoucherEligibility.CertificateFacts;
import cn.xuchang.hrss.subsidy.voucher.VoucherEligibility.Refusal;
import cn.xuchang.hrss.subsidy.voucher.VoucherRequests.CompletionRequest;
import cn.xuchang.hrss.subsidy.voucher.VoucherRequests.IssueRequest;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training vouchers from issue to certification (发券 → 培训 → 评价 → 持证), for the API and the portal alike. Each
 * change is a conditional update of the voucher row (the database decides a race) followed, in the same transaction,
 * by the message that moves the voucher's process; a refusal changes nothing. Redemption is a claim:
 * {@link VoucherRedemptions}.
 */
@Service
public class TrainingVouchers {

    /** Crockford's base32: no I, L, O, U, so a code read aloud or typed from paper is not misread. */
    private static final char[] CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private static final int RANDOM_CHARS = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TrainingVoucherMapper vouchers;
    private final Registry registry;
    private final Institutions institutions;
    private final Occupations occupations;
    private final DecisionTables tables;
    private final RuntimeService runtime;
    private final ConflictRetry retry;
    private final VoucherValidity validity;

    TrainingVouchers(
            TrainingVoucherMapper vouchers,
            Registry registry,
            Institutions institutions,
            Occupations occupations,
            DecisionTables tables,
            RuntimeService runtime,
            ConflictRetry retry,
            VoucherValidity validity) {
        this.vouchers = vouchers;
        this.registry = registry;
        this.institutions = institutions;
        this.occupations = occupations;
        this.tables = tables;
        this.runtime = runtime;
        this.retry = retry;
        this.validity = validity;
    }

    /**
     * Issues a voucher to the worker for the occupation (name or code) and level, with the face value the decision
     * table gives the level now; starts the voucher's process. 422 VOUCHER_ALREADY_HELD, CERTIFICATE_ALREADY_HELD,
     * NO_VOUCHER_STANDARD; the unique live key decides two requests at once.
     */
    public VoucherView issue(String idNumber, IssueRequest request) {
        Occupation occupation = occupations.resolve(request.occupation());
        SkillLevel level = request.level();
        Person person = registry.persons(Set.of(idNumber)).get(idNumber);
        if (person == null) {
            throw ApiException.unprocessable("PERSON_UNKNOWN", "您的身份信息尚未登记，请先到人社部门登记");
        }
        String liveKey = TrainingVoucher.liveKey(idNumber, occupation.code(), level);
        String code = retry.inTransaction(() -> {
            DecisionTables.Version standard = tables.current(TrainingVoucherProcess.DECISION_KEY);
            BigDecimal faceValue = tables.amount(
                            standard.id(),
                            Map.of(TrainingVoucherProcess.LEVEL, level.name()),
                            TrainingVoucherProcess.FACE_VALUE_OUTPUT)
                    .orElse(null);
            Set<SkillLevel> held = registry.certificatesOf(Set.of(idNumber)).getOrDefault(idNumber, List.of()).stream()
                    .filter(c -> c.level() != null && occupation.code().equals(codeOf(c.occupation())))
                    .map(Certificate::level)
                    .collect(Collectors.toSet());
            refuse(VoucherEligibility.refuseIssue(level, vouchers.liveKeyTaken(liveKey), held, faceValue));
            LocalDate today = LocalDate.now();
            TrainingVoucher voucher = new TrainingVoucher(
                    newCode(today),
                    idNumber,
                    occupation.code(),
                    level,
                    faceValue,
                    standard.id(),
                    TrainingVoucherStatus.ISSUED,
                    today,
                    validity.lastValidDay(today),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
            try {
                vouchers.insert(voucher, liveKey);
            } catch (DuplicateKeyException e) {
                if (vouchers.liveKeyTaken(liveKey)) {
                    refuse(VoucherEligibility.refuseIssue(level, true, held, faceValue));
                }
                throw e;
            }
            String processInstanceId = runtime.startProcessInstanceByKey(
                            TrainingVoucherProcess.KEY,
                            voucher.code(),
                            Variables.createVariables()
                                    .putValue(TrainingVoucherProcess.VOUCHER_CODE, voucher.code())
                                    .putValue(TrainingVoucherProcess.HOLDER_ID_NUMBER, idNumber)
                                    .putValue(TrainingVoucherProcess.OCCUPATION, occupation.name())
                                    .putValue(TrainingVoucherProcess.LEVEL, level.name())
                                    .putValue(TrainingVoucherProcess.FACE_VALUE, faceValue.longValue())
                                    .putValue(
                                            TrainingVoucherProcess.VALID_UNTIL,
                                            TrainingVoucherProcess.validUntil(voucher.expiresOn())))
                    .getId();
            vouchers.setProcessInstance(voucher.code(), processInstanceId);
            return voucher.code();
        });
        return view(vouchers.find(code));
    }

    /** The worker's own vouchers, newest first. */
    public List<VoucherView> mine(String idNumber) {
        return views(vouchers.findByHolder(idNumber));
    }

    /** The vouchers enrolled with the institution, newest enrolment first. */
    public List<VoucherView> forInstitution(String institutionCreditCode) {
        return views(vouchers.findByInstitution(institutionCreditCode));
    }

    /** One voucher, for its holder, its enrolling institution or a reviewer; 404 VOUCHER_NOT_FOUND for anyone else. */
    public VoucherView find(CurrentUser user, String code) {
        TrainingVoucher voucher = code == null ? null : vouchers.find(code.strip());
        if (voucher == null || !mayRead(user, voucher)) {
            throw notFound(code);
        }
        return view(voucher);
    }

    private static boolean mayRead(CurrentUser user, TrainingVoucher voucher) {
        if (user.isReviewer()) {
            return true;
        }
        if (user.isIn(Groups.WORKER) && user.id().equals(voucher.idNumber())) {
            return true;
        }
        return user.isIn(Groups.INSTITUTION) && user.id().equals(voucher.institutionCreditCode());
    }

    /**
     * The training institution enrols the holder: the voucher must be the person's (实名制、不得转让), still issued and
     * valid, and the institution listed for training in its occupation and level today. Two institutions at once: one
     * enrolment, the other 422 VOUCHER_NOT_ISSUED.
     */
    public VoucherView enrol(String institutionId, String code, String rawIdNumber) {
        Institution institution = institutions.requireSelf(institutionId);
        String idNumber = Registry.checkIdNumber(rawIdNumber);
        String found = requireCode(code);
        retry.inTransaction(() -> {
            LocalDate today = LocalDate.now();
            TrainingVoucher voucher = vouchers.find(found);
            boolean listed = institutions.listedOn(
                    institution.creditCode(), InstitutionKind.TRAINING, voucher.occupation(), voucher.level(), today);
            refuse(VoucherEligibility.refuseEnrolment(voucher, idNumber, listed, today));
            if (vouchers.enrol(found, idNumber, institution.creditCode(), today) != 1) {
                // another institution enrolled it (or it expired) after we read it: the row says which
                refuse(VoucherEligibility.refuseEnrolment(vouchers.find(found), idNumber, listed, today));
                throw refusal(VoucherEligibility.VOUCHER_NOT_ISSUED, "培训券已在其他机构报名或已使用，不能再报名");
            }
            runtime.createMessageCorrelation(TrainingVoucherProcess.ENROLLED)
                    .processInstanceBusinessKey(found)
                    .correlate();
            return found;
        });
        return view(vouchers.find(found));
    }

    /**
     * The enrolling institution records the completed training (hours, completion day); a certificate the holder
     * already registered for it then certifies the voucher at once. Another institution's voucher is 404.
     */
    public VoucherView complete(String institutionId, String code, CompletionRequest request) {
        TrainingVoucher stored = code == null ? null : vouchers.find(code.strip());
        if (stored == null || !institutionId.equals(stored.institutionCreditCode())) {
            throw notFound(code);
        }
        retry.inTransaction(() -> {
            TrainingVoucher voucher = vouchers.find(stored.code());
            refuse(VoucherEligibility.refuseCompletion(voucher));
            LocalDate completedOn = request.completedOn();
            if (completedOn.isAfter(LocalDate.now()) || completedOn.isBefore(voucher.enrolledOn())) {
                throw ApiException.badRequest(
                        "INVALID_COMPLETION_DATE", "结业日期应在报名日期（" + voucher.enrolledOn() + "）与今天之间：" + completedOn);
            }
            if (vouchers.complete(voucher.code(), institutionId, completedOn, request.hours()) != 1) {
                refuse(VoucherEligibility.refuseCompletion(vouchers.find(voucher.code())));
                throw new IllegalStateException("voucher " + voucher.code() + " changed while being completed");
            }
            runtime.createMessageCorrelation(TrainingVoucherProcess.COMPLETED)
                    .processInstanceBusinessKey(voucher.code())
                    .correlate();
            List<Certificate> held =
                    registry.certificatesOf(Set.of(voucher.idNumber())).getOrDefault(voucher.idNumber(), List.of());
            held.forEach(this::certifyBy);
            return voucher.code();
        });
        return view(vouchers.find(stored.code()));
    }

    /**
     * 以证换券: a certificate registered for a holder of a trained voucher of its occupation and level, issued on or
     * after the enrolment and within the validity by an institution listed for evaluation on its issue day, certifies
     * the voucher. Runs inside the registering transaction; nobody asks for it.
     */
    @Transactional
    public void certifyBy(Certificate certificate) {
        if (certificate.level() == null) {
            return;
        }
        List<TrainingVoucher> trained =
                vouchers.findByHolderInStatus(certificate.idNumber(), TrainingVoucherStatus.TRAINED);
        if (trained.isEmpty()) {
            return;
        }
        CertificateFacts facts = new CertificateFacts(
                certificate.certificateNo(),
                certificate.idNumber(),
                codeOf(certificate.occupation()),
                certificate.level(),
                certificate.issuedOn(),
                institutions.listedOn(
                        certificate.issuerCreditCode(),
                        InstitutionKind.EVALUATION,
                        certificate.occupation(),
                        certificate.level(),
                        certificate.issuedOn()));
        for (TrainingVoucher voucher : trained) {
            if (VoucherEligibility.certifies(voucher, facts)
                    && vouchers.certify(voucher.code(), certificate.certificateNo(), LocalDate.now()) == 1) {
                runtime.createMessageCorrelation(TrainingVoucherProcess.CERTIFIED)
                        .processInstanceBusinessKey(voucher.code())
                        .correlateAll();
            }
        }
    }

    /** The training institutions listed today for the voucher's occupation and level: where its holder may enrol. */
    public List<Institution> institutionsFor(String idNumber, String code) {
        TrainingVoucher voucher = code == null ? null : vouchers.find(code.strip());
        if (voucher == null || !voucher.idNumber().equals(idNumber)) {
            throw notFound(code);
        }
        return institutions.listedFor(InstitutionKind.TRAINING, voucher.occupation(), voucher.level(), LocalDate.now());
    }

    /** The stored vouchers among the codes, by code (the redemption's assessment). */
    Map<String, TrainingVoucher> byCode(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return vouchers.findAll(Set.copyOf(codes)).stream().collect(Collectors.toMap(TrainingVoucher::code, v -> v));
    }

    private String requireCode(String code) {
        TrainingVoucher voucher = code == null ? null : vouchers.find(code.strip());
        if (voucher == null) {
            throw notFound(code);
        }
        return voucher.code();
    }

    private VoucherView view(TrainingVoucher voucher) {
        return views(List.of(voucher)).get(0);
    }

    private List<VoucherView> views(List<TrainingVoucher> list) {
        Map<String, String> names =
                registry
                        .persons(list.stream().map(TrainingVoucher::idNumber).collect(Collectors.toSet()))
                        .values()
                        .stream()
                        .collect(Collectors.toMap(Person::idNumber, Person::name));
        Map<String, String> institutionNames = new HashMap<>();
        return list.stream()
                .map(v -> VoucherView.of(
                        v,
                        names.get(v.idNumber()),
                        occupations.nameOf(v.occupation()),
                        v.institutionCreditCode() == null
                                ? null
                                : institutionNames.computeIfAbsent(v.institutionCreditCode(), this::institutionName)))
                .toList();
    }

    private String institutionName(String creditCode) {
        Institution institution = institutions.find(creditCode);
        return institution == null ? creditCode : institution.name();
    }

    /** A stored occupation's catalogue code; a name the catalogue does not know stands for itself. */
    private String codeOf(String occupation) {
        try {
            return occupations.resolve(occupation).code();
        } catch (ApiException unknown) {
            return occupation;
        }
    }

    static String newCode(LocalDate today) {
        StringBuilder code = new StringBuilder("PXQ").append(today.getYear());
        for (int i = 0; i < RANDOM_CHARS; i++) {
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    private static void refuse(Optional<Refusal> refusal) {
        if (refusal.isPresent()) {
            throw refusal(refusal.get().code(), refusal.get().message());
        }
    }

    private static ApiException refusal(String code, String message) {
        return ApiException.unprocessable(code, message);
    }

    private static ApiException notFound(String code) {
        return ApiException.notFound("VOUCHER_NOT_FOUND", "没有编号为 " + code + " 的培训券，或您无权查看");
    }
}
