package cn.xuchang.hrss.subsidy.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.Chromium;
import cn.xuchang.hrss.subsidy.support.InstitutionIntegrationTest;
import cn.xuchang.hrss.subsidy.support.PortalSession;
import cn.xuchang.hrss.subsidy.support.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reviewer's day in Tasklist (issue 16): the group's filter keeps a claimed task, 我的待办 holds it across logins,
 * the city opens on its claims, form messages and the server's refusals are Chinese, and completing says so. Debian's
 * chromium and chromium-driver (never a downloaded browser).
 */
class TasklistDayBrowserIT extends InstitutionIntegrationTest {

    private static final Path SHOTS = Path.of("target", "browser", "day");
    private static final List<String> EXPERTS = List.of("it-expert1", "it-expert2", "it-expert3");
    private static final By FILTER_NAMES = By.cssSelector(".task-filter h4.name a");
    private static final By NOTIFICATIONS = By.cssSelector(".notifications .alert");
    private static final byte[] PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        Files.createDirectories(SHOTS);
        browser = Chromium.open("1366,900");
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
    void shouldKeepAClaimedTaskInTheGroupsFilterAndInMyTasksAcrossLogins() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);
        LocalDate hired = LocalDate.of(2025, 4, 1);
        String claimId = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, hired), hired))
                .text("id");
        String taskId = taskOf(COUNTY_WEIDU, claimId, "user_county_review");

        logIn(COUNTY_WEIDU);
        assertThat(filterNames()).first().isEqualTo("县区初审 · 魏都区");
        assertThat(filterNames()).contains("我的待办");
        click(taskLink(taskId));
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[contains(.,'认领')]"))));
        wait.until(driver -> assigneeShownFor(taskId));
        shot("1-claimed");

        openFilter("县区初审 · 魏都区");
        assertThat(taskLink(taskId).isDisplayed()).isTrue();
        wait.until(driver -> assigneeShownFor(taskId));
        openFilter("我的待办");
        assertThat(taskLink(taskId).isDisplayed()).isTrue();

        browser.manage().deleteAllCookies();
        logIn(COUNTY_WEIDU);
        openFilter("我的待办");
        assertThat(taskLink(taskId).isDisplayed()).isTrue();
        shot("2-my-tasks-after-login");

        openFilter("县区初审 · 魏都区");
        click(browser.findElement(By.cssSelector(".task-filter.active .actions a")));
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(@class,'modal')]//*[normalize-space(text())='条件']"))));
        WebElement details = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal")));
        wait.until(driver -> details.getText().contains("候选组"));
        assertThat(details.getText()).contains("包含已分配的任务").doesNotContain("Candidate", "Business Key");
        shot("2b-filter-details");
    }

    @Test
    void shouldOpenTheCityOnItsClaimsAndSpeakChineseFromValidationToCompletion() throws Exception {
        String filing = file(institution(), occupation("电工", "JUNIOR")).text("id");
        String filingTask = taskOf(CITY, filing, "user_filing_review");
        String enterprise = enterprise("SMALL", WEIDU);
        String award = startupAwardAtCityDecision(enterprise);
        String decisionTask = taskOf(CITY, award, "user_city_decision");

        logIn(CITY);
        assertThat(filterNames()).first().isEqualTo("市级复审");
        assertThat(refusalSentences())
                .as("a refusal as our API writes it, and as the engine's REST API wraps a refusal of the engine")
                .containsExactly("请求有误：核定金额必须在 1 到 100000 元之间", "请求有误：核定金额必须在 1 到 100000 元之间", null);
        click(taskLink(decisionTask));
        assertThat(browser.findElements(By.cssSelector("li.task h6.process-definition")))
                .isNotEmpty()
                .noneSatisfy(process -> assertThat(process.getText()).contains("评价机构"));
        assertThat(browser.findElements(By.cssSelector("li.task h4.task a[href*='task=" + filingTask + "']")))
                .isEmpty();

        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[contains(.,'认领')]"))));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
        click(completeButton());
        WebElement required =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form-field-error li")));
        assertThat(required.getText()).isEqualTo("此项为必填项。");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(NOTIFICATIONS))
                        .getText())
                .contains("表单中有未填或填写有误的项目");
        assertThat(browser.findElement(By.cssSelector(".fjs-container")).getText())
                .doesNotContain("Field ");
        shot("3-validation");

        click(browser.findElement(By.xpath("//label[contains(.,'批准')]")));
        WebElement amount =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[id$='field_amount']")));
        amount.sendKeys("0");
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".fjs-form-field-error li"), "不能小于 1。"));
        amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), "200000");
        browser.findElement(By.cssSelector("textarea[id$='field_comment']")).sendKeys("经审定");
        // form-js takes typed text into the form's data after a short debounce
        Thread.sleep(1500);
        dismissNotifications();
        click(completeButton());
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(NOTIFICATIONS));
        String sentence = refusal.getText();
        shot("4-refusal");
        assertThat(sentence).contains("100000").doesNotContain("{", "\"code\"", "Bad Request", "cannot POST");
        assertThat(sentence.codePoints()
                        .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                        .count())
                .isGreaterThan(10);
        assertThat(taskOf(CITY, award, "user_city_decision")).isEqualTo(decisionTask);

        amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), "80000");
        Thread.sleep(1500);
        dismissNotifications();
        click(completeButton());
        WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'notifications')]//*[contains(@class,'alert')][contains(.,'任务已完成')]")));
        shot("5-completed");
        assertThat(done.getText()).contains("完成");
        assertThat(taskOf(CITY, award, "user_city_decision")).isNull();
        assertThat(as(enterprise)
                        .get("/api/v1/startup-awards/applications/" + award)
                        .body()
                        .path("awardedAmount")
                        .asInt())
                .isEqualTo(80_000);

        openFilter("评价机构备案审核");
        assertThat(taskLink(filingTask).isDisplayed()).isTrue();
    }

    @Test
    void shouldLetAnExpertOpenAnAttachmentFromTheScoringForm() throws Exception {
        user("it-expert-reader", "expert");
        String enterprise = enterprise("SMALL", WEIDU);
        PortalSession portal = new PortalSession(port);
        portal.login(enterprise, PASSWORD);
        portal.get("/portal/enterprise/startup");
        PortalSession.Page filed = portal.multipart(
                "/portal/enterprise/startup",
                Map.of(
                        "category", "PROJECT",
                        "title", "返乡创业示范项目：竹编工坊",
                        "founderIdNumber", TestData.idNumber(),
                        "investment", "1500000",
                        "jobsCreated", "25",
                        "description", "带动本村 25 人就业"),
                new PortalSession.FilePart("licence", "执照.png", PNG),
                new PortalSession.FilePart("project", "说明.png", PNG));
        assertThat(filed.status()).as(filed.body()).isEqualTo(302);
        String id = as(enterprise)
                .get("/api/v1/startup-awards/applications")
                .body()
                .get(0)
                .path("id")
                .asText();
        assertThat(decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, id, "user_county_recommendation"), "RECOMMEND", "予以推荐")
                        .status())
                .isEqualTo(204);
        List<String> cards = List.copyOf(scoringCards(id).keySet());
        String card = cards.get(0);
        String expert = scoringCards(id).get(card);

        logIn(expert);
        openFilter("专家评审");
        click(taskLink(card));
        assertThat(browser.findElements(By.cssSelector("li.task h4.task a[href*='task=" + cards.get(1) + "']")))
                .as("another expert's card of the application")
                .isEmpty();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'fjs-container')]//a[normalize-space(.)='项目说明.png']")));
        shot("6-attachment-link");
        assertThat(link.getAttribute("href")).contains("/review-files/startup-awards/" + id + "/attachments/");
        assertThat(link.getAttribute("target")).isEqualTo("_blank");
        assertThat(browser.findElements(
                        By.xpath("//*[contains(@class,'fjs-container')]//a[normalize-space(.)='营业执照.png']")))
                .hasSize(1);

        String tasklist = browser.getWindowHandle();
        click(link);
        wait.until(driver -> driver.getWindowHandles().size() == 2);
        browser.switchTo()
                .window(browser.getWindowHandles().stream()
                        .filter(handle -> !handle.equals(tasklist))
                        .findFirst()
                        .orElseThrow());
        wait.until(driver ->
                "image/png".equals(((JavascriptExecutor) driver).executeScript("return document.contentType;")));
        assertThat(browser.getCurrentUrl()).contains("/review-files/startup-awards/" + id + "/attachments/");
        browser.close();
        browser.switchTo().window(tasklist);
    }

    /** A project application recommended by the county and scored by three experts: the city decides next. */
    private String startupAwardAtCityDecision(String enterprise) {
        EXPERTS.forEach(expert -> user(expert, "expert"));
        Map<String, Object> application = new HashMap<>();
        application.put("category", "PROJECT");
        application.put("title", "许昌返乡创业示范项目");
        application.put("founderIdNumber", TestData.idNumber());
        application.put("investment", 1_500_000);
        application.put("jobsCreated", 25);
        application.put("description", "返乡农民工创办的发制品加工项目");
        Response applied = as(enterprise).post("/api/v1/startup-awards/applications", application);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        String id = applied.text("id");
        assertThat(decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, id, "user_county_recommendation"), "RECOMMEND", "予以推荐")
                        .status())
                .isEqualTo(204);
        for (Map.Entry<String, String> card : scoringCards(id).entrySet()) {
            String task = card.getKey();
            String expert = card.getValue();
            Response scored = as(expert)
                    .post(
                            "/engine-rest/task/" + task + "/complete",
                            Map.of(
                                    "variables",
                                    Map.of("score", Map.of("value", 80), "comment", Map.of("value", "创新性较好"))));
            assertThat(scored.status()).as(scored.toString()).isEqualTo(204);
        }
        return id;
    }

    /** The sentences the Tasklist script makes of refusals, from the module instance the Tasklist loaded. */
    @SuppressWarnings("unchecked")
    private List<String> refusalSentences() {
        String problem = "{\"type\":\"about:blank\",\"title\":\"请求有误\",\"status\":400,"
                + "\"detail\":\"核定金额必须在 1 到 100000 元之间\",\"code\":\"INVALID_AMOUNT\"}";
        return (List<String>) ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "import('/camunda/app/tasklist/scripts/subsidy-tasklist.js?bust=' + window.bust).then(m => done(["
                                + "m.refusalSentence(arguments[0]),"
                                + "m.refusalSentence({type: 'ProcessEngineException', message: arguments[0]}),"
                                + "m.refusalSentence('Task is null')]));",
                        problem);
    }

    private void logIn(String user) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        WebElement name =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        name.sendKeys(user);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(FILTER_NAMES));
    }

    private List<String> filterNames() {
        wait.until(driver -> !driver.findElements(FILTER_NAMES).isEmpty()
                && !driver.findElements(FILTER_NAMES).get(0).getText().isBlank());
        return browser.findElements(FILTER_NAMES).stream()
                .map(link -> link.getText().replaceAll("\\s+\\d+$", "").trim())
                .toList();
    }

    private void openFilter(String name) {
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(concat(' ', @class, ' '), ' task-filter ')]//h4[contains(@class,'name')]/a[normalize-space(text())='"
                        + name + "']"))));
        wait.until(ExpectedConditions.attributeContains(
                By.xpath("//*[contains(concat(' ', @class, ' '), ' task-filter ')][.//a[normalize-space(text())='"
                        + name + "']]"),
                "class",
                "active"));
    }

    private WebElement taskLink(String taskId) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("li.task h4.task a[href*='task=" + taskId + "']")));
    }

    private boolean assigneeShownFor(String taskId) {
        return browser
                .findElements(By.xpath("//li[contains(@class,'task')][.//a[contains(@href,'task=" + taskId
                        + "')]]//h5[contains(@class,'assignee')]"))
                .stream()
                .anyMatch(assignee -> !assignee.getText().isBlank());
    }

    private WebElement completeButton() {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[contains(@class,'btn-primary')][contains(.,'完成')]")));
    }

    private void dismissNotifications() {
        ((JavascriptExecutor) browser)
                .executeScript("document.querySelectorAll('.notifications .alert .close').forEach(b => b.click());");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(NOTIFICATIONS));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
    }

    private void shot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }
}
