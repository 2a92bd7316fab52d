package cn.gov.yongjia.shixiao.launcher;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import cn.gov.yongjia.shixiao.embedded.FreePort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only search down, the API up: the platform is started once as usual (to load the demo register and its releases),
 * stopped, and started again on the same data with the API pointed at an Elasticsearch address where nothing listens.
 * The API must start that way (issue 4: search being down must not stop the rest). In headless Chromium the results
 * page then says in plain words that search is unavailable and what still works, while the home page, business pages
 * and the releases, all read from the register, work.
 */
class SearchDownBrowserIT {

    private static Platform platform;
    private static String businessId;
    private static String businessName;
    private HeadlessChromium browser;

    @BeforeAll
    static void startThePlatformWithoutItsSearch() throws Exception {
        Path dataDir = Files.createTempDirectory("yongjia-search-down-it-");
        dataDir.toFile().setExecutable(true, false);
        LauncherSettings usual = LauncherSettings.fromEnvironment().withDataDir(dataDir);
        try (Platform loading = Platform.start(usual)) {
            assertThat(loading.graphqlUrl()).as("demo register loaded").isNotNull();
        }
        String nowhere = "http://127.0.0.1:" + FreePort.any();
        platform = Platform.start(new LauncherSettings(usual.dataDir(), usual.appsDir(), 0, 0, usual.datasourceUrl(),
                usual.datasourceUsername(), usual.datasourcePassword(), Optional.of(nowhere), usual.demoData(),
                usual.elasticsearchHeap(), usual.apiHeap(), usual.apiJavaOptions()));
        var first = new GraphQlHttp(platform.graphqlUrl())
                .execute("{ businesses(first: 1) { edges { node { id name shopSignName } } } }", "{}");
        businessId = first.read("$.data.businesses.edges[0].node.id", String.class);
        String sign = first.read("$.data.businesses.edges[0].node.shopSignName", String.class);
        businessName = sign != null ? sign : first.read("$.data.businesses.edges[0].node.name", String.class);
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

    @Test
    void theResultsPageSaysSearchIsDownAndWhatStillWorks() {
        browser.open(portal("/search?q=" + URLEncoder.encode("兰州拉面", StandardCharsets.UTF_8)), "api-notice");
        WebDriver page = browser.driver();
        assertThat(page.findElement(By.id("api-notice")).getText())
                .contains("搜索服务暂时不可用").contains("经营主体页面").contains("仍然可用")
                .doesNotContain("数据服务暂时不可用");
        assertThat(page.findElement(By.id("search")).isDisplayed()).as("the search box stays, to try again").isTrue();
        assertThat(page.findElement(By.tagName("body")).getText()).doesNotContain("Exception").doesNotContain("at cn.gov")
                .doesNotContain("SEARCH_UNAVAILABLE");
        browser.screenshot("search-down");
    }

    @Test
    void theHomePageBusinessPagesAndReleasesStillWork() {
        browser.open(portal("/"), "rating-legend");
        WebDriver page = browser.driver();
        assertThat(page.findElements(By.id("api-notice"))).isEmpty();
        assertThat(page.findElement(By.cssSelector("#figure-registered .figure-number")).getText()).matches("[\\d,]+");

        browser.open(portal("/business/" + businessId), "business-name");
        assertThat(page.findElement(By.id("business-name")).getText()).isEqualTo(businessName);
        assertThat(page.findElements(By.id("api-notice"))).isEmpty();
        assertThat(page.findElement(By.id("rating")).getText()).isNotBlank();

        browser.open(portal("/releases"), "summary");
        assertThat(page.findElements(By.id("api-notice"))).isEmpty();
        assertThat(page.findElements(By.cssSelector("#release-list > li"))).as("the releases, read from the register")
                .isNotEmpty();
    }

    private static URI portal(String path) {
        return platform.portalUrl().resolve(path);
    }
}
