package cn.xuchang.hrss.subsidy.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.institution.OccupationLevel;
import cn.xuchang.hrss.subsidy.registry.SkillLevel;
import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.Chromium;
import cn.xuchang.hrss.subsidy.support.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The training voucher's whole loop as its users see it: a worker on a phone takes a voucher, a training institution
 * enrols and completes the training, the data feed registers the certificate, the institution redeems, the city
 * approves in Tasklist, and after the public notice and payment the worker's e-file shows the training, the certificate
 * and the payment to the institution. Also: the e-file links of a hiring review form open the person's e-file. Worker
 * pages at the phone's 390 × 844, institution and Tasklist pages at 1280 × 900; with {@code
 * -Dportal.screenshots=docs/screenshots} the pages are saved there as {@code voucher-*.png}.
 */
class VoucherLoopBrowserIT extends VoucherIntegrationTest {

    private static final Path SHOTS = Path.of("target", "browser", "voucher");
    private static final String DOCS = System.getProperty("portal.screenshots");
    private static final String REVIEWER = "it-voucher-city";
    private static final String COUNTY = "it-voucher-county-411002";

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        reviewer(REVIEWER, "city-reviewer", "李", "市级复审员");
        reviewer(COUNTY, "county-reviewer-" + WEIDU, "王", "魏都区初审员");
        browser = Chromium.open("1280,900");
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            Files.createDirectories(SHOTS);
            Files.write(SHOTS.resolve("last.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            Files.writeString(SHOTS.resolve("last.html"), browser.getPageSource());
            browser.quit();
        }
    }

    @Test
    void shouldTakeAVoucherOnAPhoneAndFindItsTrainingCertificateAndPaymentInTheEFile() throws Exception {
        String worker = worker();
        String trainer = TestData.creditCode(WEIDU);
        String trainerName = "许昌测试职业培训学校" + trainer.substring(12);
        Response account = admin().put(
                        "/api/v1/institutions/" + trainer,
                        Map.of("name", trainerName, "kind", "TRAINING", "countyCode", WEIDU, "password", PASSWORD));
        assertThat(account.status()).as(account.toString()).isEqualTo(201);
        institutions.list(
                trainer,
                "test",
                List.of(new OccupationLevel("电工", SkillLevel.JUNIOR)),
                LocalDate.now().minusYears(1));
        String evaluator = evaluationInstitution("电工", "JUNIOR");

        // the worker, on a phone
        phone();
        logIn("person", worker);
        wait.until(ExpectedConditions.urlContains("/portal/worker"));
        assertThat(text(By.tagName("h1"))).isEqualTo("我的电子档案");
        click(browser.findElement(By.cssSelector("#worker-vouchers a[href$='/portal/worker/vouchers']")));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "我的培训券"));
        new Select(browser.findElement(By.id("occupation"))).selectByVisibleText("电工");
        new Select(browser.findElement(By.id("level"))).selectByVisibleText("初级工");
        shot("voucher-1-take-phone");
        click(browser.findElement(By.id("take")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("voucher-code")));
        String code = text(By.id("voucher-code"));
        assertThat(text(By.id("notice")))
                .contains("已领取培训券 " + code)
                .contains("电工 · 初级工")
                .contains("1000 元");
        assertThat(text(By.id("voucher-status"))).startsWith("已发放");
        assertThat(text(By.id("voucher"))).contains("1000 元");
        assertThat(text(By.id("institutions"))).contains(trainerName);
        assertNarrowerThanThePhone();
        shot("voucher-2-taken-phone");

        // the training institution, at a desk
        desktop();
        logIn("unit", trainer);
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("training-vouchers"))));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "培训券报名与兑现"));
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("idNumber")).sendKeys(worker);
        click(browser.findElement(By.id("enrol-submit")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(row(code).getText())
                .contains("王芳 · 电工 · 初级工")
                .contains("已报名培训")
                .contains("1000 元");
        WebElement completion = row(code).findElement(By.cssSelector("form.completion"));
        completion.findElement(By.name("hours")).sendKeys("80");
        assertThat(completion.findElement(By.name("completedOn")).getAttribute("value"))
                .isEqualTo(LocalDate.now().toString());
        scrollTo(By.id("enrolled"));
        shot("voucher-3-enrolled-desktop");
        click(completion.findElement(By.cssSelector("button[type=submit]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "80 学时"));
        assertThat(row(code).getText()).contains("已结业").contains("80 学时");
        assertThat(text(By.id("redeem"))).contains("没有可兑现的培训券");

        // the certificate arrives through the data feed
        certify(worker, "V" + code, "电工", "JUNIOR", evaluator, LocalDate.now());
        browser.navigate().refresh();
        assertThat(row(code).getText()).contains("已取证").contains("V" + code);
        WebElement box = browser.findElement(By.cssSelector("#redeem input[name=codes][value='" + code + "']"));
        assertThat(box.isSelected()).isTrue();
        scrollTo(By.id("redeem"));
        shot("voucher-4-certified-desktop");
        click(browser.findElement(By.id("redeem-submit")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "兑现申请已提交"));
        assertThat(text(By.id("notice"))).contains("1000 元").contains("市人社局审核");
        assertThat(text(By.id("redeem"))).contains("1000 元").contains("共 1 张");
        shot("voucher-5-redeemed-desktop");

        Response redemptions = as(trainer).get("/api/v1/training-vouchers/redemptions");
        String claimId = redemptions.body().get(0).path("id").asText();
        String processInstance =
                redemptions.body().get(0).path("processInstanceId").asText();
        String task = taskOf(REVIEWER, claimId, VoucherRedemptionProcess.USER_CITY_REVIEW);

        // the city, in Tasklist
        browser.manage().deleteAllCookies();
        tasklist(REVIEWER);
        openFilter("市级复审");
        click(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("li.task h4.task a[href*='task=" + task + "']"))));
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[contains(.,'认领')]"))));
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
        wait.until(driver -> form.getText().contains(code));
        assertThat(form.getText()).contains("职业培训券兑现审核").contains("王芳").contains("符合");
        assertThat(fieldValue("applicantName")).isEqualTo(trainerName);
        assertThat(fieldValue("eligibleCount")).isEqualTo("1");
        assertThat(fieldValue("totalAmount")).isEqualTo("1000");
        click(browser.findElement(By.xpath("//label[contains(.,'通过')]")));
        browser.findElement(By.cssSelector("textarea[id$='field_comment']")).sendKeys("证券相符，同意兑现");
        Thread.sleep(1500);
        shot("voucher-6-city-review-desktop");
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[contains(@class,'btn-primary')][contains(.,'完成')]"))));
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'notifications')]//*[contains(@class,'alert')][contains(.,'任务已完成')]")));
        assertThat(taskOf(REVIEWER, claimId, VoucherRedemptionProcess.USER_CITY_REVIEW))
                .isNull();

        // the public notice ends and the payment is made
        runJobs(processInstance);
        assertThat(status(code)).isEqualTo("REDEEMED");

        browser.manage().deleteAllCookies();
        logIn("unit", trainer);
        browser.get("http://localhost:" + port + "/portal/institution/vouchers");
        assertThat(row(code).getText()).contains("已兑现");
        assertThat(text(By.id("redeem"))).contains("已拨付").contains("1000 元");
        scrollTo(By.id("enrolled"));
        shot("voucher-7-paid-desktop");

        // the worker's e-file, on the phone again
        browser.manage().deleteAllCookies();
        phone();
        logIn("person", worker);
        wait.until(ExpectedConditions.urlContains("/portal/worker"));
        assertThat(text(By.id("efile-certificates")))
                .contains("V" + code)
                .contains("电工")
                .contains("初级工");
        assertThat(text(By.id("efile-trainings")))
                .contains("电工")
                .contains(trainerName)
                .contains("已兑现")
                .contains("80");
        assertThat(text(By.id("efile-subsidies")))
                .contains("职业培训券")
                .contains(trainerName)
                .contains("1000")
                .contains("已拨付");
        assertNarrowerThanThePhone();
        shot("voucher-8-efile-phone");
        phone(2400);
        shot("voucher-8-efile-phone-full");
        phone();
        browser.get("http://localhost:" + port + "/portal/worker/vouchers/" + code);
        assertThat(text(By.id("voucher-status"))).startsWith("已兑现");
        assertNarrowerThanThePhone();
        shot("voucher-9-voucher-redeemed-phone");
    }

    @Test
    void shouldOpenThePersonsEFileFromTheLinksOfAHiringReviewForm() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);
        LocalDate hired = LocalDate.of(2025, 4, 1);
        String person = eligibleHire(enterprise, hired);
        String claimId = submitHiring(enterprise, 2025, hires(person, hired)).text("id");
        String task = taskOf(COUNTY, claimId, "user_county_review");

        tasklist(COUNTY);
        click(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("li.task h4.task a[href*='task=" + task + "']"))));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".fjs-container a[href*='/review-files/persons/" + person + "/e-file']")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
        shot("voucher-10-hiring-efile-link-desktop");
        assertThat(link.getAttribute("target")).isEqualTo("_blank");

        String tasklist = browser.getWindowHandle();
        click(link);
        wait.until(driver -> driver.getWindowHandles().size() == 2);
        browser.switchTo()
                .window(browser.getWindowHandles().stream()
                        .filter(handle -> !handle.equals(tasklist))
                        .findFirst()
                        .orElseThrow());
        wait.until(ExpectedConditions.urlContains("/review-files/persons/" + person + "/e-file"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), person));
        assertThat(text(By.tagName("body"))).contains("电子档案");
        shot("voucher-11-hiring-efile-page-desktop");
        browser.close();
        browser.switchTo().window(tasklist);
    }

    /** A reviewer with a name, as Tasklist shows it beside the user id. */
    private void reviewer(String id, String group, String firstName, String lastName) {
        user(id, group);
        User user = identity.createUserQuery().userId(id).singleResult();
        user.setFirstName(firstName);
        user.setLastName(lastName);
        identity.saveUser(user);
    }

    private void logIn(String kind, String user) {
        browser.get("http://localhost:" + port + "/");
        browser.findElement(By.id(kind + "-username")).sendKeys(user);
        browser.findElement(By.id(kind + "-password")).sendKeys(PASSWORD);
        click(browser.findElement(By.cssSelector("#" + kind + "-login button[type=submit]")));
        wait.until(ExpectedConditions.urlContains("/portal/"));
    }

    private void tasklist(String user) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter h4.name a")));
    }

    private void openFilter(String name) {
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(concat(' ', @class, ' '), ' task-filter ')]//h4[contains(@class,'name')]/a[normalize-space(text())='"
                        + name + "']"))));
    }

    /** The value a Tasklist form shows in a read-only field. */
    private String fieldValue(String key) {
        return browser.findElement(By.cssSelector(".fjs-container input[id$='field_" + key + "']"))
                .getAttribute("value");
    }

    private WebElement row(String code) {
        return wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#enrolled [data-code='" + code + "']")));
    }

    private String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    private void scrollTo(By by) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'start'});", browser.findElement(by));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
    }

    private void assertNarrowerThanThePhone() {
        Number overflow = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow.intValue()).as("page wider than the phone's screen").isLessThanOrEqualTo(0);
    }

    /** Headless chromium keeps a window at least 500 px wide: the phone's 390 px viewport is emulated. */
    private void phone() {
        phone(844);
    }

    private void phone(int height) {
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 390, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    private void desktop() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private void shot(String name) throws Exception {
        Thread.sleep(300);
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name + ".png"), png);
        if (DOCS != null) {
            Files.createDirectories(Path.of(DOCS));
            Files.write(Path.of(DOCS, name + ".png"), png);
        }
    }
}
