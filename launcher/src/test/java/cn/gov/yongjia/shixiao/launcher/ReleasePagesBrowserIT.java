package cn.gov.yongjia.shixiao.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public release pages in headless Chromium against the whole platform with its demo data: the list with a
 * filter and a Chinese search in the URL, the county document 永政办发〔2010〕126号 at the permanent link the API hands
 * out (so also: the launcher tells the API where the portal really runs), its metadata, body and citation, its print
 * layout, a withdrawn release's notice, a feed followed from the page, English, a 360 px phone, and the releases on
 * the home and business pages. Screenshots at desktop and phone sizes.
 */
class ReleasePagesBrowserIT {

    private static final String DOCUMENT_NUMBER = "永政办发〔2010〕126号";
    private static final String COUNTY_TITLE = "永嘉县人民政府办公室关于建立健全“十小”行业质量安全监管长效机制的通知";

    private static Platform platform;
    private static GraphQlHttp api;
    private HeadlessChromium browser;

    @BeforeAll
    static void startPlatform() throws Exception {
        Path dataDir = Files.createTempDirectory("yongjia-releases-it-");
        dataDir.toFile().setExecutable(true, false);
        platform = Platform.start(LauncherSettings.fromEnvironment().withDataDir(dataDir));
        api = new GraphQlHttp(platform.graphqlUrl());
        // the demo releases reach the release index through the outbox, after the platform reports ready
        org.awaitility.Awaitility.await("the county document in the release index").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    List<String> numbers = api.execute("{ searchReleases(query: \"长效机制\") { edges { node { documentNumber } } } }",
                            "{}").read("$.data.searchReleases.edges[*].node.documentNumber");
                    return numbers.contains(DOCUMENT_NUMBER);
                });
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

    /** The demo release with this state or document number, as the API gives it. */
    private static Map<String, Object> release(String condition) throws Exception {
        DocumentContext answer = api.execute("""
                { releases(first: 100, sort: OLDEST) { edges { node { id indexNumber documentNumber title permalink state
                    publishedAt category { code name } issuer { code name } businesses { id } changes { kind note } } }
                  totalCount } }""", "{}");
        List<Map<String, Object>> found = answer.read("$.data.releases.edges[*].node" + condition);
        assertThat(found).as("demo release " + condition).isNotEmpty();
        return found.getFirst();
    }

    @Test
    void theListFiltersByCategoryAndSearchesChineseWithTheStateInTheUrl() throws Exception {
        browser.open(platform.portalUrl().resolve("/releases"), "release-results-heading");
        WebDriver page = browser.driver();
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("新闻发布");
        assertThat(page.findElements(By.cssSelector("#release-list .release-row"))).hasSizeGreaterThan(3);
        assertThat(page.findElement(By.id("release-list")).getText()).contains("索引号").contains("发布机构").contains("发布日期");
        assertThat(alternateFeeds()).singleElement().asString().endsWith("/feeds/releases.atom");
        browser.screenshot("releases-desktop");

        // the next page by the API's cursor, in the URL; the rest of the releases, none of the first page's
        int total = api.execute("{ releases { totalCount } }", "{}").read("$.data.releases.totalCount", Integer.class);
        assertThat(total).as("more than one page of demo releases").isGreaterThan(20);
        List<String> firstPage = page.findElements(By.cssSelector("#release-list .release-title")).stream()
                .map(WebElement::getText).toList();
        assertThat(firstPage).hasSize(20);
        page.findElement(By.id("next-page")).click();
        new WebDriverWait(page, java.time.Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("after="));
        browser.settle("release-results-heading");
        List<String> secondPage = page.findElements(By.cssSelector("#release-list .release-title")).stream()
                .map(WebElement::getText).toList();
        assertThat(secondPage).hasSize(Math.min(20, total - 20)).doesNotContainAnyElementsOf(firstPage);
        assertThat(page.findElements(By.id("first-page"))).hasSize(1);

        browser.open(platform.portalUrl().resolve("/releases?category=NOTICE"), "release-results-heading");
        List<WebElement> notices = page.findElements(By.cssSelector("#release-list .release-row"));
        assertThat(notices).isNotEmpty().allSatisfy(row -> assertThat(row.getText()).contains("分类：通知公告"));
        assertThat(page.findElement(By.id("release-list")).getText()).contains(COUNTY_TITLE);
        assertThat(alternateFeeds()).hasSize(2).last().asString().endsWith("/feeds/releases/category/NOTICE.atom");
        assertThat(page.findElement(By.id("feeds")).getText()).contains("分类：通知公告");

        WebElement query = page.findElement(By.cssSelector("#release-query input"));
        query.sendKeys("长效机制", Keys.ENTER);
        new WebDriverWait(page, java.time.Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("q="));
        browser.settle("release-results-heading");
        assertThat(URI.create(page.getCurrentUrl()).getQuery()).contains("q=长效机制").contains("category=NOTICE");
        assertThat(page.findElement(By.id("summary")).getText()).contains("长效机制");
        WebElement first = page.findElement(By.cssSelector("#release-list .release-row .release-title"));
        assertThat(first.getText()).isEqualTo(COUNTY_TITLE);
        assertThat(first.findElements(By.tagName("em"))).as("the matched words are marked").isNotEmpty();
    }

    @Test
    void theCountyDocumentAtItsPermanentLinkShowsItsMetadataBodyAndCitationAndPrintsWithoutTheFrame() throws Exception {
        Map<String, Object> county = release("[?(@.documentNumber == '" + DOCUMENT_NUMBER + "')]");
        String permalink = (String) county.get("permalink");
        assertThat(permalink).as("the launcher passed the portal's real address to the API")
                .isEqualTo(platform.portalUrl().resolve("/releases/" + county.get("id")).toString());

        browser.open(URI.create(permalink), "release-title");
        WebDriver page = browser.driver();
        assertThat(page.findElement(By.id("release-title")).getText()).isEqualTo(COUNTY_TITLE);
        assertThat(page.getTitle()).startsWith(COUNTY_TITLE);
        assertThat(page.findElement(By.id("meta-index")).getText()).isEqualTo(county.get("indexNumber"));
        assertThat(page.findElement(By.id("meta-docno")).getText()).isEqualTo(DOCUMENT_NUMBER);
        assertThat(page.findElement(By.id("meta-issuer")).getText()).isEqualTo("永嘉县人民政府办公室");
        assertThat(page.findElement(By.id("meta-written")).getText()).isEqualTo("2010年8月9日");
        assertThat(page.findElement(By.id("meta-published")).getText()).isEqualTo("2010年8月9日");
        assertThat(page.findElement(By.id("meta-category")).getText()).isEqualTo("通知公告");
        assertThat(page.findElement(By.id("meta-keywords")).getText()).isEqualTo("经济管理、行业、质量、安全、通知");
        assertThat(page.findElement(By.id("meta-language")).getText()).startsWith("中文");
        assertThat(page.findElement(By.id("translation-link")).getAttribute("hreflang")).isEqualTo("en");
        WebElement body = page.findElement(By.id("release-body"));
        assertThat(body.getText()).contains("一、指导思想").contains("各乡镇人民政府");
        assertThat(body.findElements(By.tagName("h2"))).isNotEmpty();
        assertThat(page.findElement(By.id("citation-line")).getText()).isEqualTo("永嘉县人民政府办公室. " + COUNTY_TITLE
                + ". " + DOCUMENT_NUMBER + ". 2010-08-09. " + permalink + ".");
        assertThat(page.findElement(By.id("permalink")).getAttribute("href")).isEqualTo(permalink);
        assertThat(alternateFeeds()).hasSize(3).last().asString().endsWith("/feeds/releases/issuer/COUNTY_GOVERNMENT_OFFICE.atom");
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("release-desktop");

        // printed: the document alone, without the portal's header, footer and feed links
        ((ChromeDriver) page).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.script("return getComputedStyle(document.querySelector('.site-header')).display")).isEqualTo("none");
        assertThat(browser.script("return getComputedStyle(document.querySelector('.site-footer')).display")).isEqualTo("none");
        assertThat(browser.script("return getComputedStyle(document.getElementById('feeds')).display")).isEqualTo("none");
        assertThat(browser.script("return getComputedStyle(document.getElementById('release-body')).display")).isEqualTo("block");
        ((ChromeDriver) page).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        // by its index number too
        browser.open(platform.portalUrl().resolve("/releases?index="
                + java.net.URLEncoder.encode((String) county.get("indexNumber"), java.nio.charset.StandardCharsets.UTF_8)),
                "release-title");
        assertThat(page.findElement(By.id("release-title")).getText()).isEqualTo(COUNTY_TITLE);

        browser.size(HeadlessChromium.PHONE);
        browser.open(URI.create(permalink), "release-title");
        assertThat((Long) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .as("no sideways scrolling on a 360 px phone").isLessThanOrEqualTo(0L);
        browser.screenshot("release-phone");
        browser.open(platform.portalUrl().resolve("/releases"), "release-results-heading");
        assertThat((Long) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .as("no sideways scrolling on a 360 px phone").isLessThanOrEqualTo(0L);
        browser.screenshot("releases-phone");
    }

    @Test
    void aWithdrawnReleaseStaysAtItsLinkWithItsNoticeAndIsMarkedInTheList() throws Exception {
        Map<String, Object> withdrawn = release("[?(@.state == 'WITHDRAWN')]");
        browser.open(URI.create((String) withdrawn.get("permalink")), "release-title");
        WebDriver page = browser.driver();
        WebElement notice = page.findElement(By.id("withdrawal-notice"));
        assertThat(notice.getText()).contains("已撤回").contains("经复核，处理决定已变更");
        assertThat(page.findElement(By.id("release-title")).getText()).isEqualTo(withdrawn.get("title"));

        browser.open(platform.portalUrl().resolve("/releases?category=EXPOSURE"), "release-results-heading");
        assertThat(page.findElements(By.cssSelector("#release-list .release-row")))
                .filteredOn(row -> row.getText().contains((String) withdrawn.get("title")))
                .singleElement().satisfies(row -> assertThat(row.findElement(By.className("withdrawn-marker")).getText())
                        .isEqualTo("已撤回"));
    }

    @Test
    void aMajorChangeIsInThePublicHistoryWithItsNote() throws Exception {
        Map<String, Object> changed = release("[?(@.changes[0].kind == 'MAJOR')]");
        @SuppressWarnings("unchecked")
        String note = (String) ((List<Map<String, Object>>) changed.get("changes")).getFirst().get("note");
        browser.open(URI.create((String) changed.get("permalink")), "release-title");
        assertThat(browser.driver().findElement(By.id("change-history")).getText()).contains("修改记录").contains(note);
    }

    @Test
    void aFeedLinkOnTheReleasePageGivesAtomContainingTheRelease() throws Exception {
        Map<String, Object> county = release("[?(@.documentNumber == '" + DOCUMENT_NUMBER + "')]");
        browser.open(URI.create((String) county.get("permalink")), "release-title");
        WebDriver page = browser.driver();
        WebElement categoryFeed = page.findElements(By.cssSelector("#feeds .feed-link")).stream()
                .filter(link -> link.getText().equals("分类：通知公告")).findFirst().orElseThrow();
        String href = categoryFeed.getAttribute("href");
        assertThat(alternateFeeds()).contains(href);

        HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
        assertThat(feed.body()).contains("<feed").contains("http://www.w3.org/2005/Atom").contains(COUNTY_TITLE)
                .contains((String) county.get("permalink"));
    }

    @Test
    void inEnglishTheLabelsAreEnglishAndTheDocumentStaysAsWritten() throws Exception {
        Map<String, Object> county = release("[?(@.documentNumber == '" + DOCUMENT_NUMBER + "')]");
        browser.open(URI.create((String) county.get("permalink")), "release-title");
        WebDriver page = browser.driver();
        page.findElement(By.id("language-switch")).click();
        new WebDriverWait(page, java.time.Duration.ofSeconds(30))
                .until(d -> "en".equals(browser.script("return document.documentElement.lang")));
        browser.settle("release-title");
        assertThat(page.findElement(By.id("release-metadata")).getText()).contains("Index number").contains("Document number")
                .contains("Issued by").contains("Published on").contains("9 Aug 2010");
        assertThat(page.findElement(By.id("release-title")).getText()).isEqualTo(COUNTY_TITLE);
        assertThat(page.findElement(By.id("citation-heading")).getText()).isEqualTo("Cite as");
        assertThat(page.findElement(By.id("citation-line")).getText()).startsWith("永嘉县人民政府办公室. " + COUNTY_TITLE);
        browser.screenshot("release-desktop-en");

        page.findElement(By.id("translation-link")).click();
        browser.settle("release-title");
        assertThat(page.findElement(By.id("release-title")).getText()).contains("ten small trades");

        browser.open(platform.portalUrl().resolve("/releases"), "release-results-heading");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("News releases");
        assertThat(page.findElement(By.id("release-list")).getText()).contains("Index number").contains("Issued by");
    }

    @Test
    void theHomePageListsTheNewestReleasesAndABusinessPageTheReleasesConcerningIt() throws Exception {
        browser.open(platform.portalUrl().resolve("/"), "home");
        WebDriver page = browser.driver();
        List<WebElement> latest = page.findElements(By.cssSelector("#latest-releases .release-row"));
        assertThat(latest).hasSize(5);
        DocumentContext newest = api.execute("{ releases(first: 1) { edges { node { title } } } }", "{}");
        assertThat(latest.getFirst().findElement(By.className("release-title")).getText())
                .isEqualTo(newest.read("$.data.releases.edges[0].node.title"));

        DocumentContext all = api.execute("""
                { releases(first: 100, filter: { categories: ["EXPOSURE"] }) { edges { node { title permalink state
                    businesses { id } } } } }""", "{}");
        List<Map<String, Object>> exposures = all.read("$.data.releases.edges[*].node");
        @SuppressWarnings("unchecked")
        Map<String, Object> exposure = exposures.stream()
                .filter(r -> !((List<Object>) r.get("businesses")).isEmpty()).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        String business = ((List<Map<String, Object>>) exposure.get("businesses")).getFirst().get("id").toString();
        browser.open(URI.create((String) exposure.get("permalink")), "release-title");
        page.findElement(By.cssSelector("#related-businesses a[href='business/" + business + "']")).click();
        browser.settle("business");
        assertThat(page.findElement(By.id("related-releases")).getText()).contains((String) exposure.get("title"));
    }

    private List<String> alternateFeeds() {
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) browser.script("""
                return Array.from(document.head.querySelectorAll('link[rel=alternate][type="application/atom+xml"]'))
                            .map(l => l.href);""");
        return hrefs;
    }
}
