package cn.xuchang.hrss.subsidy.efile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A worker on a phone (390 × 844) logs in on the home page's 个人登录 and reads their e-file; nothing is wider than the
 * screen. With {@code -Dportal.screenshots=docs/screenshots} the pages are saved there as {@code worker-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkerPortalBrowserIT extends EFileFixture {

    private static final Path SHOTS = Path.of("target", "browser", "worker");
    private static final String DOCS = System.getProperty("portal.screenshots");

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldLetAWorkerOnAPhoneLogInAndReadTheirEFile() throws Exception {
        Worker worker = worker();
        browser = Chromium.open("390,844");
        // headless chromium keeps a window at least 500 px wide: emulate the phone's 390 px viewport itself
        phone(844);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get("http://localhost:" + port + "/");
        browser.findElement(By.id("person-username")).sendKeys(worker.idNumber());
        browser.findElement(By.id("person-password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#person-login button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/portal/worker"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("我的电子档案");
        assertThat(browser.findElement(By.id("worker-id-number")).getText()).isEqualTo(worker.idNumber());
        assertThat(browser.findElement(By.id("efile-certificates")).getText())
                .contains(worker.evaluatedCertificate())
                .contains("焊工")
                .contains("高级工");
        assertThat(browser.findElement(By.id("efile-trainings")).getText())
                .contains("培训机构")
                .contains("已过期作废")
                .contains("无证无价");
        assertThat(browser.findElement(By.id("efile-subsidies")).getText())
                .contains("吸纳持证人员就业补助")
                .contains("1000")
                .contains("已拨付");
        assertThat(browser.findElement(By.id("efile-pdf")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("worker-vouchers")).getText()).contains("我的培训券");
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;")).intValue())
                .isEqualTo(390);
        Number overflow = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow.intValue()).as("page wider than the phone's screen").isLessThanOrEqualTo(0);

        shot("worker-phone");
        phone(2600);
        shot("worker-phone-full");
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.manage().window().setSize(new Dimension(1280, 900));
        shot("worker-desktop");
        browser.manage().window().setSize(new Dimension(1280, 1900));
        shot("worker-desktop-full");
    }

    private void phone(int height) {
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 390, "height", height, "deviceScaleFactor", 1, "mobile", true));
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
