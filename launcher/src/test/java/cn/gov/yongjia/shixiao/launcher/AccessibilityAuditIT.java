package cn.gov.yongjia.shixiao.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An automated accessibility audit: axe-core in headless Chromium finds no serious or critical violation on any
 * portal page, at desktop and phone sizes. To audit a new page, add its path and the id of its view to {@link #PAGES}.
 */
class AccessibilityAuditIT {

    /** Every portal page: path → the id of the element that is there once its view has been drawn. */
    static final Map<String, String> PAGES = Map.of(
            "/", "home",
            "/search?q=%E9%9D%A2", "results-heading",
            "/business/QnVzaW5lc3M6MQ", "business",
            "/figures", "figures",
            "/open-data", "open-data",
            "/releases", "release-results-heading",
            // the demo data's first release: the county document 永政办发〔2010〕126号 (global ID of Release:1)
            "/releases/UmVsZWFzZTox", "release-title",
            // the staff area's door (its other pages need a signed-in account)
            "/staff/login", "staff-login");

    private static Platform platform;
    private HeadlessChromium browser;

    @BeforeAll
    static void startPlatform() throws Exception {
        Path dataDir = Files.createTempDirectory("yongjia-a11y-it-");
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
        browser = new HeadlessChromium();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    static Stream<String> paths() {
        return PAGES.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void noSeriousOrCriticalViolations(String path) {
        for (Dimension size : List.of(HeadlessChromium.DESKTOP, HeadlessChromium.PHONE)) {
            browser.size(size);
            browser.open(platform.portalUrl().resolve(path), PAGES.get(path));
            String violations = browser.axeViolations();

            List<Map<String, Object>> serious = JsonPath.read(violations, "$[?(@.impact in ['serious', 'critical'])]");
            assertThat(serious).as("serious or critical accessibility violations on %s at %s", path, size).isEmpty();
            assertThat(JsonPath.<List<Object>>read(violations, "$")).as("axe ran on %s", path).isNotNull();
        }
    }
}
