package cn.gov.yongjia.shixiao.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal in headless Chromium against the whole running platform: a business registered through the GraphQL API
 * appears on the portal's page, which fetched it through the generated client API.
 */
class PortalBrowserIT {

    private static Platform platform;
    private WebDriver browser;

    @BeforeAll
    static void startPlatform() throws Exception {
        Path dataDir = Files.createTempDirectory("yongjia-browser-it-");
        dataDir.toFile().setExecutable(true, false);
        platform = Platform.start(LauncherSettings.fromEnvironment().withDataDir(dataDir));
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Path.of("/usr/bin/chromium").toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=zh-CN", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aBusinessRegisteredThroughTheApiShowsOnThePortal() throws Exception {
        String name = "桥下金溪糕点作坊";
        new GraphQlHttp(platform.graphqlUrl()).registerBusiness(name, "FOOD_WORKSHOP");

        browser.get(platform.portalUrl().resolve("/?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)).toString());
        // the search index catches up within about a refresh interval: reload until it has the new business
        new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            if (d.findElement(By.id("businesses")).getText().contains(name)) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });

        assertThat(browser.findElement(By.id("businesses")).getText()).contains(name).contains("小作坊");
        assertThat(browser.findElement(By.id("summary")).getText()).contains("found for “" + name + "”");
        screenshot("search-desktop");
    }

    @Test
    void theHomePageListsTheRegisterAndSaysWhatIsDemoData() throws Exception {
        browser.get(platform.portalUrl().toString());
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("summary")).getText().contains("businesses in the register"));

        assertThat(browser.getTitle()).isEqualTo("永嘉县“十小”行业质量安全公示");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("永嘉县“十小”行业质量安全公示");
        assertThat(browser.findElement(By.id("businesses")).getText()).contains("演示数据 demo");
        screenshot("home-desktop");
        browser.manage().window().setSize(new Dimension(360, 780));
        screenshot("home-phone");
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
