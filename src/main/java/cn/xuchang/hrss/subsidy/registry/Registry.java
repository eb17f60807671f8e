package cn.xuchang.hrss.subsidy.registry;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.kernel.Passwords;
import cn.xuchang.hrss.subsidy.occupation.Occupations;
import cn.xuchang.hrss.subsidy.registry.RegistryRequests.CertificateRequest;
import cn.xuchang.hrss.subsidy.registry.RegistryRequests.ContributionRequest;
import cn.xuchang.hrss.subsidy.registry.RegistryRequests.EnterpriseRequest;
import cn.xuchang.hrss.subsidy.registry.RegistryRequests.PersonRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers enterprises, persons with their certificates, and social-insurance contributions. */
@Service
public class Registry {

    static final int MAX_CONTRIBUTIONS_PER_REQUEST = 10_000;

    private final EnterpriseMapper enterprises;
    private final PersonMapper persons;
    private final ContributionMapper contributions;
    private final Regions regions;
    private final IdentityService identity;
    private final Passwords passwords;
    private final ApplicationEventPublisher events;
    private final Occupations occupations;

    Registry(
            EnterpriseMapper enterprises,
            PersonMapper persons,
            ContributionMapper contributions,
            Regions regions,
            IdentityService identity,
            Passwords passwords,
            ApplicationEventPublisher events,
            Occupations occupations) {
        this.enterprises = enterprises;
        this.persons = persons;
        this.contributions = contributions;
        this.regions = regions;
        this.identity = identity;
        this.passwords = passwords;
        this.events = events;
        this.occupations = occupations;
    }

    public Enterprise enterprise(String creditCode) {
        return enterprises.find(creditCode);
    }

    public Map<String, Enterprise> enterprises(Set<String> creditCodes) {
        if (creditCodes.isEmpty()) {
            return Map.of();
        }
        return enterprises.findAll(List.copyOf(creditCodes)).stream()
                .collect(Collectors.toMap(Enterprise::creditCode, Function.identity()));
    }

    public Map<String, Person> persons(Set<String> idNumbers) {
        if (idNumbers.isEmpty()) {
            return Map.of();
        }
        return persons.findAll(idNumbers).stream().collect(Collectors.toMap(Person::idNumber, Function.identity()));
    }

    /** The registered persons among the ID numbers, with their certificates' issue dates, in two queries. */
    public Map<String, CertificateHolder> holders(Set<String> idNumbers) {
        Map<String, List<Certificate>> certificates = certificatesOf(idNumbers);
        Map<String, CertificateHolder> holders = new java.util.HashMap<>();
        for (Person person : persons(idNumbers).values()) {
            List<LocalDate> issued = certificates.getOrDefault(person.idNumber(), List.of()).stream()
                    .map(Certificate::issuedOn)
                    .toList();
            holders.put(person.idNumber(), new CertificateHolder(person.name(), issued));
        }
        return holders;
    }

    public Map<String, List<Certificate>> certificatesOf(Set<String> idNumbers) {
        if (idNumbers.isEmpty()) {
            return Map.of();
        }
        return persons.findCertificatesOf(idNumbers).stream().collect(Collectors.groupingBy(Certificate::idNumber));
    }

    public Map<String, Certificate> certificates(Set<String> certificateNos) {
        if (certificateNos.isEmpty()) {
            return Map.of();
        }
        return persons.findCertificates(certificateNos).stream()
                .collect(Collectors.toMap(Certificate::certificateNo, Function.identity()));
    }

    /** Months paid for each of the persons by one employer. */
    public Map<String, Set<YearMonth>> monthsPaidBy(String employerCreditCode, Set<String> idNumbers) {
        if (idNumbers.isEmpty()) {
            return Map.of();
        }
        return contributions.findByEmployer(employerCreditCode, idNumbers).stream()
                .collect(Collectors.groupingBy(
                        Contribution::idNumber,
                        Collectors.mapping(c -> YearMonth.parse(c.contributionMonth()), Collectors.toSet())));
    }

    /** The employer's new hires of the year as the registry shows them: person → first month it paid for them. */
    public Map<String, YearMonth> firstMonthsPaidBy(String employerCreditCode, int year) {
        Map<String, YearMonth> first = new java.util.LinkedHashMap<>();
        for (Contribution c : contributions.findFirstMonthsByEmployer(
                employerCreditCode,
                YearMonth.of(year, 1).toString(),
                YearMonth.of(year, 12).toString())) {
            first.put(c.idNumber(), YearMonth.parse(c.contributionMonth()));
        }
        return first;
    }

    /** Months paid for each of the persons, per employer: person → employer → months. */
    public Map<String, Map<String, Set<YearMonth>>> monthsPaidFor(Set<String> idNumbers) {
        if (idNumbers.isEmpty()) {
            return Map.of();
        }
        return contributions.findByPersons(idNumbers).stream()
                .collect(Collectors.groupingBy(
                        Contribution::idNumber,
                        Collectors.groupingBy(
                                Contribution::employerCreditCode,
                                Collectors.mapping(c -> YearMonth.parse(c.contributionMonth()), Collectors.toSet()))));
    }

    /** Creates or updates an enterprise and its login user (user id = credit code, group enterprise). */
    @Transactional
    public boolean putEnterprise(String rawCreditCode, EnterpriseRequest request) {
        String creditCode = checkCreditCode(rawCreditCode);
        checkCounty(request.countyCode());
        Enterprise enterprise =
                new Enterprise(creditCode, request.name().strip(), request.scale(), request.countyCode());
        putLoginUser(creditCode, enterprise.name(), request.password(), Groups.ENTERPRISE);
        boolean created = enterprises.update(enterprise) == 0;
        if (created) {
            enterprises.insert(enterprise);
        }
        return created;
    }

    /**
     * Creates or updates the engine user of an applicant account and puts it in its group. A new user needs a password;
     * an existing one keeps its password unless a new one is given, which must meet the password policy. One login is
     * one account of one kind: a user that exists as anything but an account of this kind (another applicant kind, a
     * reviewer, an administrator, a person) is 409 {@code ACCOUNT_KIND_CONFLICT}, and neither its groups nor its
     * password change. Callers register their own row after this call, in the same transaction.
     */
    @Transactional
    public void putLoginUser(String userId, String displayName, String password, String group) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        boolean newPassword = password != null && !password.isBlank();
        if (user == null) {
            if (!newPassword) {
                throw ApiException.badRequest("PASSWORD_REQUIRED", "新建账户时必须提供登录密码");
            }
            user = identity.newUser(userId);
        } else {
            requireAccountOfKind(userId, group);
        }
        user.setFirstName(displayName.length() > 200 ? displayName.substring(0, 200) : displayName);
        user.setLastName("");
        if (newPassword) {
            passwords.requireAllowed(user, password);
            user.setPassword(password);
        }
        identity.saveUser(user);
        if (identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
            identity.createMembership(userId, group);
        }
    }

    /** 409 unless the existing user is an account of exactly this kind: a member of that group and of no other. */
    private void requireAccountOfKind(String userId, String group) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
        if (!groups.equals(List.of(group))) {
            throw ApiException.conflict(
                    "ACCOUNT_KIND_CONFLICT",
                    "登录名 " + userId + " 已是另一类账户（" + String.join("、", kindsOf(groups)) + "），不能登记为" + kindOf(group)
                            + "，也不能修改其密码");
        }
    }

    private static List<String> kindsOf(List<String> groups) {
        return groups.isEmpty()
                ? List.of("未分组的用户")
                : groups.stream().map(Registry::kindOf).toList();
    }

    private static String kindOf(String group) {
        return switch (group) {
            case Groups.ENTERPRISE -> "企业";
            case Groups.AGENCY -> "人力资源服务机构";
            case Groups.INSTITUTION -> "评价（培训）机构";
            case Groups.ADMIN -> "系统管理员";
            case Groups.DATA_EXCHANGE -> "数据交换账户";
            case Groups.CITY_REVIEWER -> "市级审核人员";
            case Groups.EXPERT -> "评审专家";
            case Groups.WORKER -> "劳动者";
            default -> group.startsWith(Groups.COUNTY_REVIEWER_PREFIX) ? "县区审核人员" : "用户组 " + group + " 的成员";
        };
    }

    /**
     * Creates or updates a person and the certificates listed; certificates not listed stay as they are. With a
     * password, the person's worker login is created or updated too (user id = ID number, group worker). Every
     * certificate stored is announced as a {@link CertificateRegistered} event, inside this transaction.
     */
    @Transactional
    public boolean putPerson(String rawIdNumber, PersonRequest request) {
        String idNumber = checkIdNumber(rawIdNumber);
        List<CertificateRequest> certificateRequests =
                request.certificates() == null ? List.of() : request.certificates();
        List<Certificate> certificates = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (CertificateRequest c : certificateRequests) {
            certificates.add(checkCertificate(idNumber, c));
            if (!numbers.add(c.certificateNo().strip())) {
                throw ApiException.badRequest("INVALID_CERTIFICATE", "证书编号 " + c.certificateNo() + " 在请求中重复");
            }
        }
        Map<String, Certificate> existing = certificates(numbers);
        for (Certificate certificate : certificates) {
            Certificate stored = existing.get(certificate.certificateNo());
            if (stored != null && !stored.idNumber().equals(idNumber)) {
                throw ApiException.conflict(
                        "CERTIFICATE_CONFLICT", "证书编号 " + certificate.certificateNo() + " 已登记在另一人名下");
            }
        }
        Person person = new Person(idNumber, request.name().strip());
        if (request.password() != null && !request.password().isBlank()) {
            putLoginUser(idNumber, person.name(), request.password(), Groups.WORKER);
        }
        boolean created = persons.update(person) == 0;
        if (created) {
            persons.insert(person);
        }
        for (Certificate certificate : certificates) {
            if (existing.containsKey(certificate.certificateNo())) {
                persons.updateCertificate(certificate);
            } else {
                persons.insertCertificate(certificate);
            }
            events.publishEvent(new CertificateRegistered(certificate));
        }
        return created;
    }

    /** Stores monthly contributions; a record sent twice is stored once. Returns how many records were accepted. */
    @Transactional
    public int addContributions(List<ContributionRequest> requests) {
        if (requests == null || requests.isEmpty()) {
            throw ApiException.badRequest("INVALID_REQUEST", "请至少提交一条缴费记录");
        }
        if (requests.size() > MAX_CONTRIBUTIONS_PER_REQUEST) {
            throw ApiException.badRequest(
                    "TOO_MANY_RECORDS", "一次最多提交 " + MAX_CONTRIBUTIONS_PER_REQUEST + " 条缴费记录，请分批提交");
        }
        YearMonth thisMonth = YearMonth.now();
        Set<Contribution> distinct = new LinkedHashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            ContributionRequest r = requests.get(i);
            if (r == null) {
                throw ApiException.badRequest("INVALID_REQUEST", "第 " + (i + 1) + " 条记录为空");
            }
            String idNumber = IdNumber.normalize(r.idNumber());
            if (!IdNumber.isValid(idNumber)) {
                throw ApiException.badRequest("INVALID_ID_NUMBER", "第 " + (i + 1) + " 条记录的身份证号码无效：" + r.idNumber());
            }
            String employer = CreditCode.normalize(r.employerCreditCode());
            if (!CreditCode.isValid(employer)) {
                throw ApiException.badRequest(
                        "INVALID_CREDIT_CODE", "第 " + (i + 1) + " 条记录的统一社会信用代码无效：" + r.employerCreditCode());
            }
            YearMonth month = parseMonth(r.month(), i);
            if (month.isAfter(thisMonth) || month.getYear() < 1990) {
                throw ApiException.badRequest("INVALID_MONTH", "第 " + (i + 1) + " 条记录的缴费月份不在合理范围内：" + r.month());
            }
            distinct.add(new Contribution(idNumber, employer, month.toString()));
        }
        List<Contribution> all = List.copyOf(distinct);
        for (int from = 0; from < all.size(); from += 500) {
            contributions.insertMissing(all.subList(from, Math.min(all.size(), from + 500)));
        }
        return requests.size();
    }

    public static String checkCreditCode(String raw) {
        String code = CreditCode.normalize(raw);
        if (!CreditCode.isValid(code)) {
            throw ApiException.badRequest("INVALID_CREDIT_CODE", "统一社会信用代码无效（应为符合 GB 32100-2015 校验规则的 18 位代码）：" + raw);
        }
        return code;
    }

    public static String checkIdNumber(String raw) {
        String idNumber = IdNumber.normalize(raw);
        if (!IdNumber.isValid(idNumber)) {
            throw ApiException.badRequest("INVALID_ID_NUMBER", "公民身份号码无效（应为符合 GB 11643-1999 校验规则的 18 位号码）：" + raw);
        }
        return idNumber;
    }

    public void checkCounty(String countyCode) {
        if (!regions.isCounty(countyCode)) {
            throw ApiException.badRequest("UNKNOWN_REGION", "未知的县区代码：" + countyCode);
        }
    }

    private Certificate checkCertificate(String idNumber, CertificateRequest c) {
        String no = c.certificateNo().strip();
        if (c.kind().hasLevel() && c.level() == null) {
            throw ApiException.badRequest(
                    "INVALID_CERTIFICATE", "证书 " + no + " 缺少等级（" + c.kind().label() + "必须注明等级）");
        }
        if (!c.kind().hasLevel() && c.level() != null) {
            throw ApiException.badRequest("INVALID_CERTIFICATE", "证书 " + no + " 是专项职业能力证书，不应注明等级");
        }
        if (c.issuedOn().isAfter(LocalDate.now()) || c.issuedOn().getYear() < 1950) {
            throw ApiException.badRequest("INVALID_CERTIFICATE", "证书 " + no + " 的发证日期不在合理范围内");
        }
        String issuer = CreditCode.normalize(c.issuerCreditCode());
        if (issuer != null && !issuer.isEmpty() && !CreditCode.hasCodeShape(issuer)) {
            throw ApiException.badRequest("INVALID_CREDIT_CODE", "证书 " + no + " 的发证机构统一社会信用代码格式无效");
        }
        return new Certificate(
                no,
                idNumber,
                c.kind(),
                occupations.resolve(c.occupation()).code(),
                c.level(),
                c.issuedOn(),
                issuer == null || issuer.isEmpty() ? null : issuer);
    }

    private static YearMonth parseMonth(String month, int index) {
        try {
            if (month == null || month.length() != 7) {
                throw new DateTimeParseException("bad month", String.valueOf(month), 0);
            }
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("INVALID_MONTH", "第 " + (index + 1) + " 条记录的月份应为 YYYY-MM 格式：" + month);
        }
    }
}
