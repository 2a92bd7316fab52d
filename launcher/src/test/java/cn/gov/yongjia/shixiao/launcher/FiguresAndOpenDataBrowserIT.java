package cn.gov.yongjia.shixiao.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.embedded.FreePort;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures and open-data pages in headless Chromium against the whole platform with its demo register: the charts
 * and tables show the numbers the API gives, for the county or a township chosen on the page (kept in the address), the downloads work, the explorer runs a query from the browser with
 * nothing from the internet, and with the API down both pages say so kindly. Screenshots at desktop and phone sizes.
 */
class FiguresAndOpenDataBrowserIT {

    private static Platform platform;
    private HeadlessChromium browser;

    @BeforeAll
    static void startPlatform() throws Exception {
        Path dataDir = Files.createTempDirectory("yongjia-figures-it-");
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

    @Test
    void theFiguresPageDrawsTheApisNumbersWithATableForEachChart() throws Exception {
        DocumentContext api = new GraphQlHttp(platform.graphqlUrl()).execute("""
                { statistics { headline { businesses publicInspections }
                               ratingsByTrade { name total }
                               inspectionsPerQuarter(quarters: 8) { inspections }
                               inspectedThisQuarter { inspected openBusinesses } } }""", "{}");
        int businesses = api.read("$.data.statistics.headline.businesses", Integer.class);
        assertThat(businesses).as("the demo register").isGreaterThanOrEqualTo(100);

        browser.open(platform.portalUrl().resolve("/figures"), "figures");
        WebDriver page = browser.driver();
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("数字概览");
        String today = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(java.util.Locale.SIMPLIFIED_CHINESE).format(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        assertThat(page.findElement(By.id("figures")).getText()).contains("截至 " + today).contains("小餐饮");
        assertThat(page.getTitle()).startsWith("数字概览");
        assertThat(page.findElement(By.id("headline")).getText()).contains("经营主体（未关闭）")
                .contains(grouped(businesses)).contains(grouped(api.read("$.data.statistics.headline.publicInspections", Integer.class)));

        // four charts, each an image named for assistive technology, each followed by its table
        for (String chart : List.of("by-trade", "by-township", "per-quarter", "coverage")) {
            WebElement section = page.findElement(By.id(chart));
            assertThat(section.findElement(By.cssSelector("[role=img]")).getAttribute("aria-label")).isNotBlank();
            section.findElement(By.cssSelector("#" + chart + "-table summary")).click();
            assertThat(section.findElement(By.tagName("table")).isDisplayed()).isTrue();
        }
        List<WebElement> tradeRows = page.findElements(By.cssSelector("#by-trade tbody tr"));
        List<Map<String, Object>> trades = api.read("$.data.statistics.ratingsByTrade");
        assertThat(tradeRows).hasSize(10);
        for (int i = 0; i < trades.size(); i++) {
            List<WebElement> cells = tradeRows.get(i).findElements(By.cssSelector("th, td"));
            assertThat(cells.getFirst().getText()).isEqualTo(trades.get(i).get("name"));
            assertThat(cells.getLast().getText()).isEqualTo(grouped((Integer) trades.get(i).get("total")));
        }
        List<Integer> perQuarter = api.read("$.data.statistics.inspectionsPerQuarter[*].inspections");
        assertThat(page.findElements(By.cssSelector("#per-quarter tbody tr td:nth-of-type(1)")))
                .extracting(WebElement::getText).containsExactlyElementsOf(perQuarter.stream().map(FiguresAndOpenDataBrowserIT::grouped).toList());
        assertThat(page.findElements(By.cssSelector("#per-quarter .column .value"))).extracting(WebElement::getText)
                .containsExactlyElementsOf(perQuarter.stream().map(FiguresAndOpenDataBrowserIT::grouped).toList());
        assertThat(page.findElement(By.id("coverage")).getText())
                .contains("已检查 " + grouped(api.read("$.data.statistics.inspectedThisQuarter.inspected", Integer.class)) + " 户")
                .contains("共 " + grouped(api.read("$.data.statistics.inspectedThisQuarter.openBusinesses", Integer.class)) + " 户");
        assertThat(page.findElement(By.id("coverage-share")).getText()).endsWith("%");
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("figures-desktop");

        browser.size(HeadlessChromium.PHONE);
        browser.open(platform.portalUrl().resolve("/figures"), "figures");
        assertThat((Long) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .as(() -> "no sideways scrolling on a 360 px phone; too wide: " + browser.widerThanTheScreen()).isLessThanOrEqualTo(0L);
        browser.screenshot("figures-phone");
    }

    @Test
    void oneTownshipsFiguresAreChosenOnThePageAndKeptInTheAddressToShare() throws Exception {
        DocumentContext api = new GraphQlHttp(platform.graphqlUrl()).execute("""
                { statistics(townshipCode: "OUBEI") { township { name } headline { businesses publicInspections }
                                                    ratingsByTownship { name total } } }""", "{}");
        int businesses = api.read("$.data.statistics.headline.businesses", Integer.class);
        assertThat(api.read("$.data.statistics.township.name", String.class)).isEqualTo("瓯北街道");

        browser.open(platform.portalUrl().resolve("/figures"), "figures");
        WebDriver page = browser.driver();
        assertThat(page.findElements(By.id("figures-scope"))).as("the whole county at first").isEmpty();
        assertThat(page.findElement(By.id("figures-township")).getText()).contains("全县");
        // open the choice as a reader does, on its value (a click on the field's middle may land between label and
        // value); then the ninth of twenty choices, brought into view should it lie below the overlay's fold
        List<WebElement> valueButton = page.findElements(By.cssSelector("#figures-township vaadin-select-value-button"));
        if (valueButton.isEmpty()) {
            browser.script("document.getElementById('figures-township').opened = true");
        } else {
            valueButton.getFirst().click();
        }
        new WebDriverWait(page, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .until(d -> {
                    for (WebElement item : d.findElements(By.cssSelector("vaadin-select-item"))) {
                        if ("瓯北街道".equals(String.valueOf(browser.script("return arguments[0].textContent.trim()", item)))
                                && item.getSize().getHeight() > 0) {
                            browser.script("arguments[0].scrollIntoView({block: 'center'})", item);
                            item.click();
                            return true;
                        }
                    }
                    return false;
                });
        new WebDriverWait(page, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("/figures?township=OUBEI"));
        browser.settle("figures-scope");
        assertThat(page.findElement(By.id("figures-scope")).getText()).startsWith("瓯北街道“十小”行业");
        assertThat(page.findElement(By.id("headline")).getText()).contains(grouped(businesses))
                .contains(grouped(api.read("$.data.statistics.headline.publicInspections", Integer.class)));
        page.findElement(By.cssSelector("#by-township-table summary")).click();
        assertThat(page.findElements(By.cssSelector("#by-township tbody tr"))).extracting(WebElement::getText)
                .singleElement().asString().startsWith("瓯北街道");

        // the address alone (a shared link) gives the same page, the choice shown in the field
        browser.open(platform.portalUrl().resolve("/figures?township=OUBEI"), "figures-scope");
        assertThat(page.getTitle()).startsWith("瓯北街道 · 数字概览");
        assertThat(page.findElement(By.id("figures-township")).getText()).contains("瓯北街道");
        assertThat(page.findElement(By.id("headline")).getText()).contains(grouped(businesses));
        browser.screenshot("figures-township-desktop");

        // a township the API does not know (a mistyped link) shows the county rather than an error
        browser.open(platform.portalUrl().resolve("/figures?township=NOWHERE"), "headline");
        assertThat(page.findElements(By.id("figures-scope"))).isEmpty();
        assertThat(page.findElement(By.id("figures")).getText()).contains("全县“十小”行业").doesNotContain("Exception");
    }

    @Test
    void aReaderWhoChoseEnglishGetsEnglishLabelsNumbersAndDates() {
        browser.close();
        browser = new HeadlessChromium("en");
        // Chinese is the default whatever the browser's language; the reader's choice is remembered in a cookie
        browser.open(platform.portalUrl().resolve("/figures"), "figures");
        WebDriver page = browser.driver();
        page.manage().addCookie(new org.openqa.selenium.Cookie("yongjia-lang", "en", "/"));
        browser.open(platform.portalUrl().resolve("/figures"), "figures");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String month = today.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Figures");
        // the portal writes English dates one way everywhere (its Formats): day, month name, year
        assertThat(page.findElement(By.id("figures")).getText())
                .containsPattern("as of \\d{1,2} " + month + " " + today.getYear() + "|as of " + month + " \\d{1,2}, " + today.getYear())
                .contains("Ratings by trade").contains("Small restaurant").doesNotContain("小餐饮");
        browser.screenshot("figures-desktop-en");

        browser.open(platform.portalUrl().resolve("/open-data"), "open-data");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Open data");
        assertThat(page.findElement(By.id("explorer-run")).getText()).isEqualTo("Run");
    }

    @Test
    void theOpenDataPageOffersDownloadsThatWorkAndTheDictionary() throws Exception {
        browser.open(platform.portalUrl().resolve("/open-data"), "open-data");
        WebDriver page = browser.driver();
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("开放数据");
        assertThat(page.findElement(By.id("graphql-endpoint")).getText()).endsWith("/graphql");
        assertThat(page.findElement(By.id("graphql-schema")).getAttribute("href")).endsWith("/graphql/schema");
        assertThat(page.findElement(By.id("licence")).getText()).contains("CC BY 4.0");
        assertThat(page.findElement(By.id("example-partner")).getText()).contains("query partnerPage($after: String)")
                .contains("inspections(first: 3)");

        // each download link, fetched by the browser from the page's own links, answers with the file
        for (String link : List.of("download-businesses-csv", "download-inspections-json", "download-violations-csv")) {
            String href = page.findElement(By.id(link)).getAttribute("href");
            String answer = (String) browser.asyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + t.substring(0, 200))))
                                       .catch(e => done('failed ' + e));""", href);
            assertThat(answer).as(link).startsWith("200 ");
            if (link.endsWith("csv")) {
                assertThat(answer).as(link).contains(link.contains("businesses") ? "business_id,name" : "inspection_id,code");
            } else {
                assertThat(answer).as(link).contains("\"inspection_id\"");
            }
        }
        WebElement dictionary = page.findElement(By.id("dictionary-businesses"));
        dictionary.findElement(By.tagName("summary")).click();
        assertThat(dictionary.findElement(By.tagName("table")).getText()).contains("rating_grade").contains("credit_code");
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("open-data-desktop");
        browser.size(HeadlessChromium.PHONE);
        browser.open(platform.portalUrl().resolve("/open-data"), "open-data");
        browser.screenshot("open-data-phone");
    }

    @Test
    void theExplorerRunsQueriesFromTheBrowserAndBrowsesTheSchema() {
        browser.open(platform.portalUrl().resolve("/open-data"), "open-data");
        WebDriver page = browser.driver();
        // nothing on the page comes from another host than the portal and the API (no CDN): it works offline
        @SuppressWarnings("unchecked")
        List<String> hosts = (List<String>) browser.script("""
                return [...new Set(performance.getEntriesByType('resource').map(e => new URL(e.name).host))];""");
        assertThat(hosts).allSatisfy(host -> assertThat(host).matches("(localhost|127\\.0\\.0\\.1):\\d+"));

        page.findElement(By.id("try-partner")).click();
        browser.settle("explorer");
        assertThat(textAreaValue("explorer-query")).contains("query partnerPage");
        page.findElement(By.id("explorer-run")).click();
        new WebDriverWait(page, Duration.ofSeconds(60)).until(d -> d.findElement(By.id("explorer-status")).getText().contains("200"));
        String result = page.findElement(By.id("explorer-result")).getText();
        DocumentContext answer = JsonPath.parse(result);
        assertThat(answer.read("$.data.businesses.totalCount", Integer.class)).isGreaterThanOrEqualTo(100);
        assertThat(answer.read("$.data.businesses.edges[0].node.rating", Map.class)).containsKey("grade");
        browser.screenshot("explorer-desktop");

        // variables that are not JSON are caught before anything is sent
        setTextArea("explorer-variables", "{not json");
        page.findElement(By.id("explorer-run")).click();
        new WebDriverWait(page, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("explorer-status")).getText().contains("JSON"));

        page.findElement(By.id("schema-load")).click();
        new WebDriverWait(page, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("type-Statistics")).isEmpty());
        WebElement statistics = page.findElement(By.id("type-Statistics"));
        statistics.findElement(By.tagName("summary")).click();
        assertThat(statistics.getText()).contains("ratingsByTrade: [RatingDistribution!]!")
                .contains("inspectionsPerQuarter(quarters: Int): [QuarterInspections!]!");
        assertThat(page.findElement(By.id("schema-types")).findElements(By.tagName("details")).getFirst().getText())
                .startsWith("Query");
    }

    @Test
    void withTheApiDownBothPagesSaySoKindly() throws Exception {
        int deadPort = FreePort.any();
        int portalPort = FreePort.any();
        Path dir = Files.createTempDirectory("yongjia-portal-alone-");
        // a second portal whose API is nowhere
        try (ApplicationProcess portal = ApplicationProcess.start("portal-alone",
                Path.of(System.getProperty("yongjia.apps-dir", "target/apps")).resolve("portal.jar"), portalPort,
                LauncherSettings.DEFAULT_HEAP, List.of(), Map.of(),
                List.of("--yongjia.portal.api-url=http://127.0.0.1:" + deadPort + "/graphql"), dir, dir)) {
            portal.awaitStarted(Duration.ofMinutes(2));
            java.net.URI base = java.net.URI.create("http://localhost:" + portalPort + "/");

            browser.open(base.resolve("/figures"), "figures-unavailable");
            String figures = browser.driver().findElement(By.id("figures")).getText();
            assertThat(figures).contains("数据服务暂不可用").doesNotContain("Exception").doesNotContain("at cn.gov");
            browser.screenshot("figures-api-down");

            browser.open(base.resolve("/open-data"), "opendata-unavailable");
            String openData = browser.driver().findElement(By.id("open-data")).getText();
            assertThat(openData).contains("数据服务暂不可用").contains("示例查询").doesNotContain("Exception");
            browser.driver().findElement(By.id("explorer-run")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(40))
                    .until(d -> d.findElement(By.id("explorer-status")).getText().contains("无法连接数据接口"));
        }
    }

    private String textAreaValue(String id) {
        return (String) browser.script("return document.getElementById(arguments[0]).value", id);
    }

    private void setTextArea(String id, String value) {
        browser.script("""
                const area = document.getElementById(arguments[0]);
                area.value = arguments[1];
                area.dispatchEvent(new Event('change', {bubbles: true}));""", id, value);
    }

    private static String grouped(Integer number) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.SIMPLIFIED_CHINESE).format(number);
    }
}
