package cn.xuchang.hrss.subsidy.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.InstitutionIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The applicant portal in Debian's chromium, as its users would use it: an enterprise uploads a roster written by
 * LibreOffice, reads the precheck, submits, downloads its receipt, and follows its claim through the county's and
 * the city's approval in Tasklist to the public notice and the payment; an enterprise corrects a returned claim; an
 * agency and an institution file; a visitor objects to a notice without logging in. With {@code
 * -Dportal.screenshots=docs/screenshots} the main pages are also saved there at desktop and phone width.
 */
class PortalBrowserIT extends InstitutionIntegrationTest {

    private static final Path SHOTS = Path.of("target", "browser", "portal");
    private static final String DOCS = System.getProperty("portal.screenshots");
    private static final Path ROSTER = Path.of("src", "test", "resources", "rosters", "hiring-libreoffice.xlsx");
    /** The persons of the LibreOffice roster, and their hire dates there. */
    private static final List<String> ROSTER_IDS =
            List.of("41100219900101123X", "411002198512245674", "411002200003158919");

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--window-size=1366,900",
                "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            Files.write(SHOTS.resolve("last.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            Files.writeString(SHOTS.resolve("last.html"), browser.getPageSource());
            browser.quit();
        }
    }

    @Test
    void anEnterpriseClaimsFromARosterAndFollowsItToPayment() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);
        for (int i = 0; i < ROSTER_IDS.size(); i++) {
            String id = ROSTER_IDS.get(i);
            person(id, i == 0 ? "陈𠮷" : "职工" + i, LocalDate.of(2024, 12, 1));
            contributions(id, enterprise, YearMonth.of(2025, 2 + i), i == 2 ? 5 : 12);
        }
        visit("/");
        shotBoth("home");
        login(enterprise);
        assertThat(text("#quota")).contains("2,000,000 元");
        shotBoth("enterprise-dashboard-empty");

        browser.findElement(By.id("new-claim")).click();
        WebElement year = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-year")));
        year.clear();
        year.sendKeys("2025");
        browser.findElement(By.id("roster-file"))
                .sendKeys(ROSTER.toAbsolutePath().toString());
        shotBoth("new-claim");
        browser.findElement(By.id("upload-precheck")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("precheck-summary")));
        assertThat(text("#precheck-summary")).contains("共 3 行", "符合条件 2 行", "2000 元", "2025 年度");
        assertThat(text("table.results")).contains("陈𠮷", "本单位连续缴纳社保不满12个月", "2025-04-15");
        shotBoth("precheck");
        click(By.id("submit-claim"));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-status")));
        String claimId = text("#claim-id");
        assertThat(text("#claim-status")).isEqualTo("县区初审中");
        assertThat(currentStep()).isEqualTo("县区初审");
        JsonNode stored = claim(enterprise, claimId);
        assertThat(stored.path("totalAmount").asInt()).isEqualTo(2000);
        assertThat(stored.path("items")).hasSize(3);
        String receipt = receiptText("/portal/enterprise/claims/" + claimId + "/receipt.pdf");
        assertThat(receipt).contains("申请回执", claimId, "陈𠮷", "2000");

        approveInTasklist(COUNTY_WEIDU, "县区初审 · 魏都区", claimId);
        approveInTasklist(CITY, "市级复审", claimId);

        login(enterprise);
        visit("/portal/enterprise/claims/" + claimId);
        assertThat(text("#claim-status")).isEqualTo("公示中");
        assertThat(currentStep()).isEqualTo("公示");
        assertThat(text("#history")).contains("县区初审", "市级复审", "通过");
        shotBoth("claim-in-notice");

        runJobs(stored.path("processInstanceId").asText());
        visit("/portal/enterprise/claims/" + claimId);
        assertThat(text("#claim-status")).isEqualTo("已拨付");
        assertThat(browser.findElements(By.cssSelector("#step-bar li.done"))).hasSize(5);
        visit("/portal/enterprise");
        assertThat(text("#quota")).contains("已拨付 2000 元");
        assertThat(text("#notifications")).contains(claimId);
        shotBoth("enterprise-dashboard");
    }

    @Test
    void anEnterpriseCorrectsAReturnedClaimBeforeItsDeadline() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);
        LocalDate hired = LocalDate.of(2025, 3, 1);
        String kept = eligibleHire(enterprise, hired);
        String wrong = eligibleHire(enterprise, hired);
        Response submitted = submitHiring(enterprise, 2025, hires(kept, hired, wrong, LocalDate.of(2025, 6, 1)));
        String claimId = submitted.text("id");
        String task = taskOf(COUNTY_WEIDU, claimId, "user_county_review");
        assertThat(as(COUNTY_WEIDU)
                        .post("/engine-rest/task/" + task + "/claim", Map.of("userId", COUNTY_WEIDU))
                        .status())
                .isEqualTo(204);
        assertThat(decide(COUNTY_WEIDU, task, "RETURN", "第2行入职日期与社保记录不符，请核对").status())
                .isEqualTo(204);

        login(enterprise);
        assertThat(text("#todo")).contains(claimId);
        visit("/portal/enterprise/claims/" + claimId);
        assertThat(text("#claim-status")).isEqualTo("退回补正");
        assertThat(text("#step-note")).contains("第2行入职日期与社保记录不符，请核对");
        assertThat(text("#correction-due")).matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
        shotBoth("claim-returned");

        WebElement date = browser.findElement(By.name("lines[1].date"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2025-03-01';", date);
        click(By.id("resubmit"));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(text("#claim-status")).isEqualTo("县区初审中");
        JsonNode corrected = claim(enterprise, claimId);
        assertThat(corrected.path("items").get(1).path("hiredOn").asText()).isEqualTo("2025-03-01");
        assertThat(corrected.path("totalAmount").asInt()).isEqualTo(2000);
        assertThat(text("#history")).contains("退回补正", "重新提交");
    }

    @Test
    void anAgencyTypesAReferralClaim() throws Exception {
        String agency = agency(JIANAN);
        String employer = enterprise("SMALL", WEIDU);
        String person = certifiedPerson(LocalDate.of(2025, 1, 1));
        contributions(person, employer, YearMonth.of(2025, 3), 6);

        login(agency);
        visit("/portal/agency/claims/new");
        browser.findElement(By.name("lines[0].idNumber")).sendKeys(person);
        browser.findElement(By.name("lines[0].employer")).sendKeys(employer);
        setDate(By.name("lines[0].date"), "2025-03-01");
        click(By.id("typing-precheck"));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("precheck-summary")));
        assertThat(text("#precheck-summary")).contains("符合条件 1 行", "300 元");
        click(By.id("submit-claim"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-status")));
        assertThat(text("#claim-status")).isEqualTo("县区初审中");
        visit("/portal/agency");
        shotBoth("agency-dashboard");
        assertThat(as(agency).get("/api/v1/referral-subsidy/claims").body()).hasSize(1);
    }

    @Test
    void anInstitutionFilesAndClaimsForItsCertificates() throws Exception {
        String institution = institution();
        listingSince(institution, "电工", "INTERMEDIATE", "2023-01-01", null);
        String certificate = certificate(institution, "电工", "INTERMEDIATE", LocalDate.of(2024, 6, 30));

        login(institution);
        assertThat(text("#institution")).contains("电工");
        visit("/portal/institution/filings/new");
        browser.findElement(By.id("occupation-0")).sendKeys("焊工");
        click(By.cssSelector("input[name='levels0'][value='JUNIOR']"));
        click(By.cssSelector("input[name='levels0'][value='INTERMEDIATE']"));
        click(By.id("submit-filing"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("institution")));
        assertThat(text("#institution")).contains("焊工");
        assertThat(as(institution).get("/api/v1/institution-filings").body()).hasSize(1);

        visit("/portal/institution/claims/new");
        browser.findElement(By.name("lines[0].certificateNo")).sendKeys(certificate);
        click(By.id("typing-precheck"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("precheck-summary")));
        assertThat(text("#precheck-summary")).contains("240 元");
        click(By.id("submit-claim"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-status")));
        assertThat(currentStep()).isEqualTo("市级审核");
        visit("/portal/institution");
        shotBoth("institution-dashboard");
    }

    @Test
    void anEntrepreneurAppliesWithItsBusinessLicence() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);
        Path licence = Files.createTempFile("licence", ".pdf");
        Files.writeString(licence, "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");

        login(enterprise);
        click(By.id("startup-link"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title")))
                .sendKeys("竹编非遗工坊");
        browser.findElement(By.id("founder")).sendKeys(cn.xuchang.hrss.subsidy.support.TestData.idNumber());
        browser.findElement(By.id("investment")).sendKeys("1500000");
        browser.findElement(By.id("jobs")).sendKeys("25");
        browser.findElement(By.id("description")).sendKeys("返乡创业，带动本村 25 人就业");
        browser.findElement(By.id("licence")).sendKeys(licence.toAbsolutePath().toString());
        click(By.id("submit-application"));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(text("#applications")).contains("竹编非遗工坊", "县区推荐中", "营业执照.pdf");
        shotBoth("startup");
        Files.delete(licence);
    }

    @Test
    void aVisitorObjectsToANoticeWithoutLoggingIn() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);
        LocalDate hired = LocalDate.of(2025, 3, 1);
        String claimId = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, hired), hired))
                .text("id");
        String county = taskOf(COUNTY_WEIDU, claimId, "user_county_review");
        as(COUNTY_WEIDU).post("/engine-rest/task/" + county + "/claim", Map.of("userId", COUNTY_WEIDU));
        decide(COUNTY_WEIDU, county, "APPROVE", "同意");
        String city = taskOf(CITY, claimId, "user_city_review");
        as(CITY).post("/engine-rest/task/" + city + "/claim", Map.of("userId", CITY));
        decide(CITY, city, "APPROVE", "同意");

        visit("/public/notices");
        WebElement notice = browser.findElement(By.id("c-" + claimId));
        notice.findElement(By.tagName("summary")).click();
        notice.findElement(By.tagName("textarea")).sendKeys("该单位实际未招用此人");
        shotBoth("notices");
        click(notice.findElement(By.cssSelector("button[type='submit']")));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.ok")));
        assertThat(text("p.ok")).contains("异议已收到");
        assertThat(rows("SELECT COUNT(*) FROM public_objection WHERE claim_id = ?", claimId))
                .isEqualTo(1);
    }

    private void person(String id, String name, LocalDate certified) {
        Response response = admin().put(
                        "/api/v1/persons/" + id,
                        Map.of(
                                "name",
                                name,
                                "certificates",
                                List.of(Map.of(
                                        "certificateNo", "L" + id,
                                        "kind", "SKILL_LEVEL",
                                        "occupation", "电工",
                                        "level", "JUNIOR",
                                        "issuedOn", certified.toString()))));
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
    }

    private void login(String user) {
        browser.manage().deleteAllCookies();
        visit("/");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-username")));
        name.sendKeys(user);
        browser.findElement(By.id("unit-password")).sendKeys(PASSWORD);
        browser.findElement(By.id("unit-login-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claims")));
    }

    /** A reviewer opens the claim's task in Tasklist through the group's filter, claims it and approves it. */
    private void approveInTasklist(String reviewer, String filterName, String claimId) throws Exception {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1400, 2400));
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        WebElement user =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        user.sendKeys(reviewer);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(text(),'" + filterName + "')]")))
                .click();
        String expected = claim(enterpriseOf(claimId), claimId).path("status").asText();
        String applicant = "测试企业" + enterpriseOf(claimId).substring(10);
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//li[contains(@class,'task')][contains(.,'" + applicant + "')]//h4//a")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[contains(.,'认领')]")))
                .click();
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//label[contains(.,'通过')]"))));
        browser.findElement(By.cssSelector(".fjs-form-field-textarea textarea")).sendKeys("材料齐全，同意");
        Thread.sleep(1500);
        click(browser.findElement(By.xpath("//button[contains(.,'完成')]")));
        wait.until(driver -> !expected.equals(
                claim(enterpriseOf(claimId), claimId).path("status").asText()));
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/login");
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1366, 900));
    }

    private String enterpriseOf(String claimId) {
        return jdbc.queryForObject("SELECT applicant_id FROM subsidy_claim WHERE id = ?", String.class, claimId);
    }

    /** The receipt as the logged-in browser would download it (its session cookie). */
    private String receiptText(String path) throws Exception {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private String currentStep() {
        return browser.findElement(By.cssSelector("#step-bar li.current")).getText();
    }

    private void visit(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private void setDate(By by, String value) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1];", browser.findElement(by), value);
    }

    private void click(By by) {
        click(browser.findElement(by));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
    }

    /** The page at desktop and phone width, into target/ and, when asked, into the docs. */
    private void shotBoth(String name) throws Exception {
        for (Object[] size : new Object[][] {{"desktop", 1366, 900}, {"phone", 390, 844}}) {
            browser.manage().window().setSize(new Dimension((Integer) size[1], (Integer) size[2]));
            Thread.sleep(300);
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            String file = name + "-" + size[0] + ".png";
            Files.write(SHOTS.resolve(file), png);
            if (DOCS != null) {
                Files.createDirectories(Path.of(DOCS));
                Files.write(Path.of(DOCS, file), png);
            }
        }
        browser.manage().window().setSize(new Dimension(1366, 900));
    }
}
