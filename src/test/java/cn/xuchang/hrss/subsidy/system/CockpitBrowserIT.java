package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.support.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An administrator reads a claim's variables in Cockpit in Chinese: the header, the types, the lists. */
class CockpitBrowserIT extends ApiIntegrationTest {

    private static final Path SHOTS = Path.of("target", "browser", "cockpit");
    private static final List<String> CHINESE_TYPES = List.of("文本", "是/否", "整数", "小数", "日期", "对象", "空值");

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
            Files.write(SHOTS.resolve("last.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            Files.writeString(SHOTS.resolve("last.html"), browser.getPageSource());
            browser.quit();
        }
    }

    @Test
    void shouldShowAClaimsVariablesWithChineseHeaderTypesAndNoJavaClassNames() {
        String enterprise = enterprise("SMALL", WEIDU);
        LocalDate hired = LocalDate.of(2025, 4, 1);
        String claimId = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, hired), hired))
                .text("id");
        String instance = admin().get("/engine-rest/process-instance?businessKey=" + claimId)
                .body()
                .get(0)
                .path("id")
                .asText();

        browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys(ADMIN);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-widget-header]")));
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/" + instance
                + "/runtime?tab=variables-tab");

        wait.until(ExpectedConditions.textToBe(By.cssSelector("table.cam-table thead td.actions"), "操作"));
        wait.until(driver -> driver.findElements(By.cssSelector("table.cam-table td.col-type > div")).stream()
                .allMatch(cell -> CHINESE_TYPES.contains(cell.getText())));
        List<WebElement> types = browser.findElements(By.cssSelector("table.cam-table td.col-type > div"));
        assertThat(types).hasSizeGreaterThan(5);
        WebElement table = browser.findElement(By.cssSelector("table.cam-table"));
        assertThat(table.getText()).contains("列表（点击查看内容）").doesNotContain("java.util", "Actions", "String");
    }
}
