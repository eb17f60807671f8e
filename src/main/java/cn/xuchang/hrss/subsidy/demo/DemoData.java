package cn.xuchang.hrss.subsidy.demo;

import cn.xuchang.hrss.subsidy.evaluation.EvaluationClaims;
import cn.xuchang.hrss.subsidy.hiring.DemoClaims;
import cn.xuchang.hrss.subsidy.institution.ExitTrigger;
import cn.xuchang.hrss.subsidy.institution.InstitutionExits;
import cn.xuchang.hrss.subsidy.institution.InstitutionFilings;
import cn.xuchang.hrss.subsidy.institution.InstitutionKind;
import cn.xuchang.hrss.subsidy.institution.Institutions;
import cn.xuchang.hrss.subsidy.institution.OccupationLevel;
import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.referral.Agencies;
import cn.xuchang.hrss.subsidy.referral.Agencies.AgencyRequest;
import cn.xuchang.hrss.subsidy.referral.DemoReferralClaims;
import cn.xuchang.hrss.subsidy.registry.CertificateKind;
import cn.xuchang.hrss.subsidy.registry.CreditCode;
import cn.xuchang.hrss.subsidy.registry.EnterpriseScale;
import cn.xuchang.hrss.subsidy.registry.Region;
import cn.xuchang.hrss.subsidy.registry.Regions;
import cn.xuchang.hrss.subsidy.registry.Registry;
import cn.xuchang.hrss.subsidy.registry.RegistryRequests.CertificateRequest;
import cn.xuchang.hrss.subsidy.registry.RegistryRequests.ContributionRequest;
import cn.xuchang.hrss.subsidy.registry.RegistryRequests.EnterpriseRequest;
import cn.xuchang.hrss.subsidy.registry.RegistryRequests.PersonRequest;
import cn.xuchang.hrss.subsidy.registry.SkillLevel;
import cn.xuchang.hrss.subsidy.startup.DemoStartupAwards;
import cn.xuchang.hrss.subsidy.voucher.DemoVouchers;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo data set of API.md: demo users (experts expert1..3 among them), enterprises, persons with certificates and
 * contributions, a hiring claim waiting for the 魏都区 county review, an HR agency with a referral claim waiting for
 * the 建安区 county review, and an entrepreneurship award application waiting for the experts' scores. Default profile only ({@code skill-subsidy.demo-data}), never with mysql.
 * Loaded once: a second start finds the first demo enterprise and leaves everything as it is.
 */
@Component
@Profile("!mysql")
@ConditionalOnProperty(name = "skill-subsidy.demo-data", havingValue = "true")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final String SMALL_ENTERPRISE = "91411002MA46RX001D";
    static final String MEDIUM_ENTERPRISE = "91411082MA46RX002C";
    static final String LARGE_ENTERPRISE = "91411003MA46RX0032";
    static final String EVALUATION_INSTITUTION = "12411000MB0000001C";
    static final String INSTITUTION_UNDER_INVESTIGATION = "52411002MJ0000002N";
    static final String INSTITUTION_FILING = "52411081MJ00000037";
    static final String TRAINING_INSTITUTION = "12411003MB00000041";
    static final List<String> DEMO_OCCUPATIONS = List.of("电工", "焊工", "车工", "钳工");
    static final String AGENCY = withCheckCharacter("91411003MA46RX004");
    /** Demo workers (login = ID number, demo password), one per voucher state (README, Logging in). */
    static final String WORKER_ISSUED = "411002199805060010";

    static final String WORKER_ENROLLED = "411002199807080023";
    static final String WORKER_TRAINED = "411003200001020031";
    static final String WORKER_CERTIFIED = "411003199911110049";
    static final String WORKER_REDEEMING = "411024199612120054";
    static final String WORKER_EXPIRED = "411025199703030069";
    static final String WORKER_LAPSED = "411081199504040070";
    static final String WORKER_REDEEMED = "411082199808080086";
    static final List<String> DEMO_WORKERS = List.of(
            WORKER_ISSUED,
            WORKER_ENROLLED,
            WORKER_TRAINED,
            WORKER_CERTIFIED,
            WORKER_REDEEMING,
            WORKER_EXPIRED,
            WORKER_LAPSED,
            WORKER_REDEEMED);
    /** The password of every demo applicant account (API.md); reviewers' demo passwords equal their user ids. */
    static final String DEMO_PASSWORD = "demo1234";

    private final Registry registry;
    private final Regions regions;
    private final IdentityService identity;
    private final DemoClaims claims;
    private final Institutions institutions;
    private final InstitutionFilings filings;
    private final InstitutionExits exits;
    private final EvaluationClaims evaluationClaims;
    private final Agencies agencies;
    private final DemoReferralClaims referralClaims;
    private final DemoStartupAwards startupAwards;
    private final DemoVouchers vouchers;

    DemoData(
            Registry registry,
            Regions regions,
            IdentityService identity,
            DemoClaims claims,
            Institutions institutions,
            InstitutionFilings filings,
            InstitutionExits exits,
            EvaluationClaims evaluationClaims,
            Agencies agencies,
            DemoReferralClaims referralClaims,
            DemoStartupAwards startupAwards,
            DemoVouchers vouchers) {
        this.registry = registry;
        this.regions = regions;
        this.identity = identity;
        this.claims = claims;
        this.institutions = institutions;
        this.filings = filings;
        this.exits = exits;
        this.evaluationClaims = evaluationClaims;
        this.agencies = agencies;
        this.referralClaims = referralClaims;
        this.startupAwards = startupAwards;
        this.vouchers = vouchers;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(2)
    public void load() {
        users();
        if (registry.enterprise(SMALL_ENTERPRISE) != null) {
            institutions();
            vouchers();
            return;
        }
        enterprise(SMALL_ENTERPRISE, "许昌瑞祥电气有限公司", EnterpriseScale.SMALL, "411002");
        enterprise(MEDIUM_ENTERPRISE, "长葛市中原机械制造有限公司", EnterpriseScale.MEDIUM, "411082");
        enterprise(LARGE_ENTERPRISE, "许昌龙源重工集团股份有限公司", EnterpriseScale.LARGE, "411003");

        person("411002199001010018", "张伟", "S2024000101", "电工", SkillLevel.INTERMEDIATE, "2024-06-30");
        person("411002199203150027", "李娜", "S2024000102", "焊工", SkillLevel.SENIOR, "2024-09-15");
        person("411025199506200030", "王强", "S2025000103", "车工", SkillLevel.JUNIOR, "2025-01-20");
        person("411082198808080049", "赵敏", "S2023000104", "钳工", SkillLevel.TECHNICIAN, "2023-11-10");
        person("41100319970412005X", "陈𠮷", "S2024000105", "电工", SkillLevel.JUNIOR, "2024-12-01");

        // a year and more of contributions for three of the small enterprise's 2025 hires; too few for the fourth
        contributions("411002199001010018", SMALL_ENTERPRISE, YearMonth.of(2025, 3), 14);
        contributions("411002199203150027", SMALL_ENTERPRISE, YearMonth.of(2025, 4), 13);
        contributions("411025199506200030", SMALL_ENTERPRISE, YearMonth.of(2025, 5), 8);
        contributions("41100319970412005X", SMALL_ENTERPRISE, YearMonth.of(2025, 2), 18);
        contributions("411082198808080049", MEDIUM_ENTERPRISE, YearMonth.of(2025, 1), 20);

        claims.submitDemoClaim(
                SMALL_ENTERPRISE,
                2025,
                List.of(
                        new DemoClaims.Hire("411002199001010018", LocalDate.of(2025, 3, 1)),
                        new DemoClaims.Hire("411002199203150027", LocalDate.of(2025, 4, 10)),
                        new DemoClaims.Hire("411025199506200030", LocalDate.of(2025, 5, 6)),
                        new DemoClaims.Hire("41100319970412005X", LocalDate.of(2025, 2, 17))));

        // an HR agency of 建安区 that placed two certificate holders with enterprises of the city: a referral claim
        // waiting for the 建安区 county review
        user(AGENCY, DEMO_PASSWORD, "许昌英才人力资源服务有限公司", Groups.AGENCY);
        agencies.put(
                AGENCY,
                new AgencyRequest(
                        "许昌英才人力资源服务有限公司",
                        "411003",
                        null,
                        "（豫）人服证字〔2023〕第1110000045号",
                        LocalDate.of(2023, 1, 1),
                        LocalDate.of(2027, 12, 31)));
        referralClaims.submitDemoClaim(
                AGENCY,
                List.of(
                        new DemoReferralClaims.Placement(
                                "411082198808080049", MEDIUM_ENTERPRISE, LocalDate.of(2025, 1, 6)),
                        new DemoReferralClaims.Placement(
                                "411025199506200030", SMALL_ENTERPRISE, LocalDate.of(2025, 5, 6))));

        // a demonstration-project application, recommended by 魏都区, waiting for the experts' scores
        startupAwards.applyAndRecommend(SMALL_ENTERPRISE, "411002199001010018", "county-411002");
        log.info("demo data loaded");
        institutions();
        vouchers();
    }

    /**
     * Training vouchers (process 7), one demo worker per state: ISSUED, ENROLLED, TRAINED, CERTIFIED, a redemption
     * waiting for the city review, one approved by the city and paid (REDEEMED), EXPIRED and LAPSED (their validity timer run early); the training institution listed
     * for training in the demo occupations. Loaded once (the first demo worker is the marker).
     */
    private void vouchers() {
        if (!registry.persons(java.util.Set.of(WORKER_ISSUED)).isEmpty()) {
            return;
        }
        List<OccupationLevel> training = new ArrayList<>();
        for (String occupation : DEMO_OCCUPATIONS) {
            for (SkillLevel level : List.of(SkillLevel.JUNIOR, SkillLevel.INTERMEDIATE, SkillLevel.SENIOR)) {
                training.add(new OccupationLevel(occupation, level));
            }
        }
        institutions.list(TRAINING_INSTITUTION, "demo", training, LocalDate.of(2025, 1, 1));
        List<String> names = List.of("刘洋", "杨静", "黄磊", "周婷", "吴刚", "徐丽", "孙涛", "马超");
        for (int i = 0; i < DEMO_WORKERS.size(); i++) {
            user(DEMO_WORKERS.get(i), DEMO_PASSWORD, names.get(i), Groups.WORKER);
            registry.putPerson(DEMO_WORKERS.get(i), new PersonRequest(names.get(i), List.of()));
        }
        vouchers.issue(WORKER_ISSUED, "电工", SkillLevel.JUNIOR);
        String enrolled = vouchers.issue(WORKER_ENROLLED, "焊工", SkillLevel.JUNIOR);
        vouchers.enrol(TRAINING_INSTITUTION, enrolled, WORKER_ENROLLED);
        String trained = vouchers.issue(WORKER_TRAINED, "车工", SkillLevel.INTERMEDIATE);
        vouchers.enrol(TRAINING_INSTITUTION, trained, WORKER_TRAINED);
        vouchers.complete(TRAINING_INSTITUTION, trained, 120);
        certified(WORKER_CERTIFIED, "电工", SkillLevel.JUNIOR, "S2026000201");
        String redeeming = certified(WORKER_REDEEMING, "钳工", SkillLevel.SENIOR, "S2026000202");
        vouchers.redeem(TRAINING_INSTITUTION, List.of(redeeming));
        String redeemed = certified(WORKER_REDEEMED, "焊工", SkillLevel.SENIOR, "S2026000203");
        vouchers.approveAndPay(vouchers.redeem(TRAINING_INSTITUTION, List.of(redeemed)), "city");
        vouchers.endValidity(vouchers.issue(WORKER_EXPIRED, "焊工", SkillLevel.INTERMEDIATE));
        String lapsed = vouchers.issue(WORKER_LAPSED, "电工", SkillLevel.INTERMEDIATE);
        vouchers.enrol(TRAINING_INSTITUTION, lapsed, WORKER_LAPSED);
        vouchers.endValidity(lapsed);
        log.info("demo training vouchers loaded");
    }

    /** A voucher trained at the demo training institution and certified by the demo evaluation institution today. */
    private String certified(String worker, String occupation, SkillLevel level, String certificateNo) {
        String code = vouchers.issue(worker, occupation, level);
        vouchers.enrol(TRAINING_INSTITUTION, code, worker);
        vouchers.complete(TRAINING_INSTITUTION, code, 90);
        person(
                worker,
                registry.persons(java.util.Set.of(worker)).get(worker).name(),
                certificateNo,
                occupation,
                level,
                LocalDate.now().toString());
        return code;
    }

    /**
     * The evaluation institutions: the issuer of the demo certificates on the catalogue since 2023 with a claim waiting
     * for the city review, one listed institution under investigation after a complaint, one filing waiting for the
     * city review, and a training institution. Loaded once (the issuer's account is the marker).
     */
    private void institutions() {
        if (institutions.find(EVALUATION_INSTITUTION) != null) {
            return;
        }
        institution(EVALUATION_INSTITUTION, "许昌市职业技能鉴定指导中心", InstitutionKind.EVALUATION, "411002");
        institution(INSTITUTION_UNDER_INVESTIGATION, "许昌魏都职业技能培训评价站", InstitutionKind.EVALUATION, "411002");
        institution(INSTITUTION_FILING, "禹州市钧瓷职业技能评价中心", InstitutionKind.EVALUATION, "411081");
        institution(TRAINING_INSTITUTION, "许昌建安职业培训学校", InstitutionKind.TRAINING, "411003");

        List<OccupationLevel> ladder = new ArrayList<>();
        for (String occupation : DEMO_OCCUPATIONS) {
            for (SkillLevel level : List.of(
                    SkillLevel.JUNIOR,
                    SkillLevel.INTERMEDIATE,
                    SkillLevel.SENIOR,
                    SkillLevel.TECHNICIAN,
                    SkillLevel.SENIOR_TECHNICIAN)) {
                ladder.add(new OccupationLevel(occupation, level));
            }
        }
        filings.importListed(EVALUATION_INSTITUTION, ladder, LocalDate.of(2023, 1, 1));
        filings.importListed(
                TRAINING_INSTITUTION,
                List.of(
                        new OccupationLevel("电工", SkillLevel.JUNIOR),
                        new OccupationLevel("电工", SkillLevel.INTERMEDIATE),
                        new OccupationLevel("养老护理员", SkillLevel.JUNIOR),
                        new OccupationLevel("中式烹调师", SkillLevel.JUNIOR)),
                LocalDate.of(2024, 1, 1));
        filings.importListed(
                INSTITUTION_UNDER_INVESTIGATION,
                List.of(new OccupationLevel("育婴员", SkillLevel.JUNIOR), new OccupationLevel("茶艺师", null)),
                LocalDate.of(2024, 3, 1));
        exits.start(
                "city",
                INSTITUTION_UNDER_INVESTIGATION,
                ExitTrigger.COMPLAINT,
                "考生投诉：2025年10月育婴员初级工考核中，考评员未到场，由机构工作人员代为评分。");
        filings.submitLines(
                INSTITUTION_FILING,
                List.of(
                        new OccupationLevel("陶瓷成型施釉工", SkillLevel.JUNIOR),
                        new OccupationLevel("陶瓷成型施釉工", SkillLevel.INTERMEDIATE)));
        evaluationClaims.submit(EVALUATION_INSTITUTION, List.of("S2024000101", "S2024000102", "S2023000104"));
        log.info("demo institutions loaded");
    }

    private void institution(String creditCode, String name, InstitutionKind kind, String county) {
        user(creditCode, DEMO_PASSWORD, name, Groups.INSTITUTION);
        institutions.put(creditCode, new Institutions.AccountRequest(name, kind, county, null));
    }

    private static String withCheckCharacter(String first17) {
        return first17 + CreditCode.checkCharacterOf(first17);
    }

    private void users() {
        user("admin", "admin", "系统管理员", Groups.ADMIN);
        user("city", "city", "市人社局审核员", Groups.CITY_REVIEWER);
        user("datafeed", "datafeed", "数据交换账户", Groups.DATA_EXCHANGE);
        for (Region county : regions.counties()) {
            String id = "county-" + county.code();
            user(id, id, county.name() + "审核员", Groups.countyReviewer(county.code()));
        }
        for (int i = 1; i <= 3; i++) {
            user("expert" + i, "expert" + i, "评审专家" + i, Groups.EXPERT);
        }
    }

    /**
     * A demo login with the password API.md publishes. Those passwords are a contract of the demo data only and do not
     * meet the password policy, so they are saved past it (the engine's own switch for that); nothing else may.
     */
    private void user(String id, String password, String name, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(name);
            user.setLastName("");
            user.setPassword(password);
            // the switch is on the engine's implementation only (IdentityService has no such method)
            ((IdentityServiceImpl) identity).saveUser(user, true);
        }
        if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
            identity.createMembership(id, group);
        }
    }

    /** The enterprise's login first (demo password), then the enterprise, which keeps that login as it is. */
    private void enterprise(String creditCode, String name, EnterpriseScale scale, String county) {
        user(creditCode, DEMO_PASSWORD, name, Groups.ENTERPRISE);
        registry.putEnterprise(creditCode, new EnterpriseRequest(name, scale, county, null));
    }

    private void person(
            String id, String name, String certificateNo, String occupation, SkillLevel level, String issuedOn) {
        registry.putPerson(
                id,
                new PersonRequest(
                        name,
                        List.of(new CertificateRequest(
                                certificateNo,
                                CertificateKind.SKILL_LEVEL,
                                occupation,
                                level,
                                LocalDate.parse(issuedOn),
                                EVALUATION_INSTITUTION))));
    }

    private void contributions(String id, String employer, YearMonth from, int months) {
        List<ContributionRequest> records = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            records.add(new ContributionRequest(id, employer, from.plusMonths(i).toString()));
        }
        registry.addContributions(records);
    }
}
