package cn.xuchang.hrss.subsidy.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * A county reviewer logs in to Tasklist in Chinese, opens the claim through the ready-made filter, reads the claim in
 * its Camunda Form (what the reviewer only reads is not submitted), is refused a rejection without a reason with the
 * engine's own message, and approves it. Debian's chromium and chromium-driver (never a downloaded browser).
 */
class TasklistBrowserIT extends ApiIntegrationTest {

    private static final Path SHOTS = Path.of("target", "browser");

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
                "--window-size=1400,2400",
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
            shot("last");
            Files.writeString(SHOTS.resolve("last.html"), browser.getPageSource());
            browser.quit();
        }
    }

    @Test
    void shouldLetACountyReviewerApproveAClaimThroughItsFormInChinese() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);
        LocalDate hired = LocalDate.of(2025, 4, 1);
        String person = eligibleHire(enterprise, hired);
        Response claim = submitHiring(enterprise, 2025, hires(person, hired));
        String claimId = claim.text("id");

        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        WebElement user =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        shot("1-login");
        assertThat(browser.getPageSource()).contains("登录");
        user.sendKeys(COUNTY_WEIDU);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type='submit']")).click();

        WebElement filter =
                wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(text(),'县区初审 · 魏都区')]")));
        shot("2-tasklist");
        filter.click();
        WebElement task = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.task h4.task a")));
        task.click();
        shot("3-task");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[contains(.,'认领')]")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(),'吸纳持证人员就业补助审核')]")));
        shot("4-form");
        assertThat(browser.findElements(By.cssSelector(".fjs-form-field-textfield input")))
                .anySatisfy(input -> assertThat(input.getDomProperty("value")).startsWith("测试企业"));
        assertThat(browser.findElements(By.cssSelector(".fjs-table-td")))
                .anySatisfy(cell -> assertThat(cell.getText()).isEqualTo(person))
                .anySatisfy(cell -> assertThat(cell.getText()).isEqualTo("符合"));
        // a rejection without a reason: the engine refuses it, Tasklist shows the refusal's message, the task stays
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//label[contains(.,'驳回')]")))
                .click();
        Thread.sleep(500);
        click(browser.findElement(By.xpath("//button[contains(.,'完成')]")));
        // the engine's sentence names the variable, the form's own hint does not
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'alert')][contains(.,'必须填写审核意见（comment）')]")));
        shot("5-refused");
        Files.writeString(SHOTS.resolve("5-refused.html"), browser.getPageSource());
        assertThat(refusal.getText()).contains("驳回、退回补正、警告、限期整改或退出目录时必须填写审核意见（comment）");
        assertThat(claim(enterprise, claimId).path("status").asText()).isEqualTo("COUNTY_REVIEW");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//label[contains(.,'通过')]")))
                .click();
        browser.findElement(By.cssSelector(".fjs-form-field-textarea textarea")).sendKeys("材料齐全，同意");
        // form-js takes typed text into the form's data after a short debounce
        Thread.sleep(1500);
        shot("6-filled");
        click(browser.findElement(By.xpath("//button[contains(.,'完成')]")));

        wait.until(driver ->
                "CITY_REVIEW".equals(claim(enterprise, claimId).path("status").asText()));
        shot("7-done");
        assertThat(claim(enterprise, claimId)
                        .path("history")
                        .get(0)
                        .path("decidedBy")
                        .asText())
                .isEqualTo(COUNTY_WEIDU);
        assertThat(claim(enterprise, claimId)
                        .path("history")
                        .get(0)
                        .path("comment")
                        .asText())
                .isEqualTo("材料齐全，同意");
    }

    @Test
    void shouldLetAReviewerReleaseATaskThatAColleagueCompletesAndShowTheCityTheCountysComment() throws Exception {
        String colleague = "it-county-411002-browser";
        user(colleague, "county-reviewer-" + WEIDU);
        String enterprise = enterprise("SMALL", WEIDU);
        LocalDate hired = LocalDate.of(2025, 4, 2);
        String claimId = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, hired), hired))
                .text("id");
        String taskId = taskOf(COUNTY_WEIDU, claimId, "user_county_review");

        logIn(COUNTY_WEIDU, "县区初审 · 魏都区", taskId);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[contains(.,'认领')]")))
                .click();
        wait.until(driver -> COUNTY_WEIDU.equals(assigneeOf(taskId)));
        shot("hand-over-1-claimed");
        // the × beside the assignee: the engine lets the holder release the task (TASK_ASSIGN of the group)
        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".unclaim"))));
        wait.until(driver -> assigneeOf(taskId).isEmpty());
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[contains(.,'认领')]")));
        shot("hand-over-2-released");
        assertThat(browser.findElements(By.cssSelector(".alert-danger"))).noneMatch(WebElement::isDisplayed);

        assertThat(as(colleague)
                        .post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", colleague))
                        .status())
                .isEqualTo(204);
        assertThat(decide(colleague, taskId, "APPROVE", "材料齐全，请市级复审").status()).isEqualTo(204);

        browser.manage().deleteAllCookies();
        logIn(CITY, "市级复审", taskOf(CITY, claimId, "user_city_review"));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[contains(.,'认领')]")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(),'此前的审核记录')]")));
        shot("hand-over-3-city");
        assertThat(browser.findElements(By.cssSelector(".fjs-table-td")))
                .anySatisfy(cell -> assertThat(cell.getText()).isEqualTo("材料齐全，请市级复审"))
                .anySatisfy(cell -> assertThat(cell.getText()).isEqualTo(colleague))
                .anySatisfy(cell -> assertThat(cell.getText()).isEqualTo("县区初审"));
    }

    /** Logs in to Tasklist, waits for one of the user's filters, and opens the task by its address. */
    private void logIn(String user, String filter, String taskId) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(text(),'" + filter + "')]")));
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
    }

    private String assigneeOf(String taskId) {
        return admin().get("/engine-rest/task/" + taskId)
                .body()
                .path("assignee")
                .asText("");
    }

    private void click(WebElement element) {
        scrollTo(element);
        wait.until(ExpectedConditions.elementToBeClickable(element));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private void shot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }
}
