package cn.gov.yongjia.shixiao.launcher;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The residents' portal in headless Chromium against the whole running platform (PostgreSQL, Elasticsearch, the
 * API and the portal as ./yongjia start runs them): search with autocomplete, filters and order in the URL, near me
 * with a granted location, the map's pins, a business page with its rating, history and QR code, the badge, older
 * inspections on request ("show more"), a penalty under publication and the owner's approved reply, the language
 * switch, a 360 px phone, and the message when the API is down. Screenshots go to
 * {@code launcher/target/screenshots}. The businesses the search tests find are named 瑶光…, which no demo business
 * is; the one with a long history is 天璇…, so that those searches never see it.
 */
class ResidentsPortalBrowserIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    /** At 瑶光小吃's door; the other two lie within 1 km (the private residence by its ~1 km grid point). */
    private static final double LAT = 28.0312;
    private static final double LON = 120.6512;

    private static Platform platform;
    private static GraphQlHttp api;
    private static String snackBar;   // A, with a violation, a permit, a credit code, shop-sign name 瑶光小吃
    private static String barber;     // B
    private static String home;       // run from a private residence: never pinned
    private static String closed;     // closed: shown only with "include closed"
    private static String creditCode;

    private ChromeDriver browser;

    @BeforeAll
    static void startPlatformWithTestBusinesses() throws Exception {
        Path dataDir = Files.createTempDirectory("yongjia-residents-it-");
        dataDir.toFile().setExecutable(true, false);
        platform = Platform.start(LauncherSettings.fromEnvironment().withDataDir(dataDir));
        api = new GraphQlHttp(platform.graphqlUrl());
        creditCode = creditCode("92330324MA2YGXC01");
        snackBar = register(Map.of("name", "永嘉县瓯北瑶光小吃店", "shopSignName", "瑶光小吃", "trade", "RESTAURANT",
                "townshipCode", "OUBEI", "creditCode", creditCode, "address", "瓯北街道瑶光路 1 号",
                "location", Map.of("lat", 28.0310, "lon", 120.6510)));
        barber = register(Map.of("name", "瓯北瑶光理发店", "trade", "BARBERSHOP", "townshipCode", "OUBEI",
                "address", "瓯北街道瑶光路 9 号", "location", Map.of("lat", 28.0330, "lon", 120.6540)));
        home = register(Map.of("name", "瓯北瑶光家庭小吃", "trade", "RESTAURANT", "townshipCode", "OUBEI",
                "privateResidence", true, "location", Map.of("lat", 28.0290, "lon", 120.6480)));
        closed = register(Map.of("name", "瓯北瑶光老茶馆", "trade", "RESTAURANT", "townshipCode", "OUBEI"));
        publish(snackBar, 38, 28, 28, List.of(Map.of("code", firstViolationCode(), "correction", "ON_THE_SPOT")));
        publish(barber, 33, 24, 23, List.of());
        api.executeAsDemoAdmin("mutation($input: AddPermitInput!) { addPermit(input: $input) { userErrors { code } } }",
                "{\"input\":{\"businessId\":\"" + snackBar + "\",\"type\":\"FOOD_BUSINESS\",\"number\":\"JY33303240099001\","
                        + "\"issuedOn\":\"" + TODAY.minusYears(1) + "\",\"expiresOn\":\"" + TODAY.plusYears(4) + "\"}}");
        api.executeAsDemoAdmin("mutation($input: ChangeBusinessStatusInput!) { changeBusinessStatus(input: $input) { userErrors { code } } }",
                "{\"input\":{\"businessId\":\"" + closed + "\",\"status\":\"CLOSED\",\"reason\":\"歇业\"}}");
        awaitIndexed();
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
    void homeHasTheFrameTheTradesFromTheApiTheFiguresAndTheLegend() throws Exception {
        open("/");
        waitFor(By.id("rating-legend"));
        assertThat(browser.getTitle()).isEqualTo("永嘉县“十小”行业质量安全公示");
        assertThat(text("html > body")).doesNotContain("Exception");
        assertThat(browser.findElements(By.cssSelector("header nav a"))).extracting(WebElement::getText)
                .containsExactly("首页", "查询", "新闻发布", "统计数据", "开放数据");
        assertThat(browser.findElements(By.tagName("main"))).hasSize(1);
        assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
        assertThat(browser.findElement(By.tagName("footer")).getText()).contains("演示数据");
        assertThat(browser.findElements(By.cssSelector("#quick-filters a"))).hasSize(10)
                .extracting(WebElement::getText).contains("小餐饮", "小诊所");
        assertThat(text("#figure-registered")).contains("登记经营主体");
        assertThat(Integer.parseInt(text("#figure-registered .figure-number").replace(",", ""))).isGreaterThanOrEqualTo(200);
        assertThat(text("#rating-legend")).contains("优秀 90 分及以上", "须整改：低于 60 分", "待评");
        assertThat((String) js("return document.documentElement.lang")).isEqualTo("zh-CN");
        screenshot("home-desktop");

        browser.findElement(By.id("trade-BARBERSHOP")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("trade=BARBERSHOP"));
        waitFor(By.cssSelector("#results .result"));
        assertThat(browser.findElements(By.cssSelector("#results .result-where")))
                .allSatisfy(where -> assertThat(where.getText()).startsWith("小理发店"));
    }

    @Test
    void searchWithAutocompleteThenFiltersAndOrderThatTheUrlKeeps() throws Exception {
        open("/");
        WebElement box = input("search");
        box.sendKeys("yaog");
        waitFor(By.cssSelector("#suggestions a"));
        assertThat(text("#suggestions")).as("pinyin finds the Chinese names").contains("瑶光小吃");
        retype(box, "");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElement(By.id("suggestions")).isDisplayed());
        retype(box, "ygxc");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("suggestions")).isDisplayed()
                && text("#suggestions").contains("瑶光小吃"));
        // arrow down moves from the box into the suggestions (again, should a late answer have replaced the list)
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            if (!"suggestion-0".equals(js("return document.activeElement.id"))) {
                input("search").sendKeys(Keys.ARROW_DOWN);
            }
            return "suggestion-0".equals(js("return document.activeElement.id"));
        });
        // read again should a late answer replace the list between finding the link and reading it
        String suggested = new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("suggestion-0")).getAttribute("href"));
        assertThat(suggested).contains("/business/");

        retype(input("search"), "瑶光");
        input("search").sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/search?q="));
        waitFor(By.cssSelector("#results .result"));
        assertThat(resultNames()).contains("瑶光小吃", "瓯北瑶光理发店", "瓯北瑶光家庭小吃").doesNotContain("瓯北瑶光老茶馆");
        assertThat(text("#summary")).contains("找到 3 户");
        assertThat(text("#results")).contains("登记名称：永嘉县瓯北瑶光小吃店").contains("最近检查").contains("小餐饮");
        assertThat(browser.findElement(By.cssSelector("#results .result-name em")).getText()).contains("瑶光");

        choose("filter-trade", "小理发店");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("trade=BARBERSHOP"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> resultNames().equals(List.of("瓯北瑶光理发店")));
        assertThat(text("#summary")).contains("找到 1 户");

        open("/search?q=" + enc("瑶光") + "&closed=1&sort=rating");
        waitFor(By.cssSelector("#results .result"));
        assertThat(resultNames()).as("best rating first, closed included")
                .startsWith("瑶光小吃", "瓯北瑶光理发店").contains("瓯北瑶光老茶馆").hasSize(4);
        assertThat(browser.findElement(By.id("include-closed")).getAttribute("checked")).isNotNull();
        assertThat(text("#results")).contains("已关闭");
        choose("sort", "按名称");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("sort=name"));
        assertThat(browser.getCurrentUrl()).contains("closed=1").contains("q=");
        screenshot("search-desktop");

        open("/search?q=" + enc("瓯北瑶光理髪店")); // 髪 for 发: no name has every character
        waitFor(By.cssSelector("#results .result"));
        assertThat(resultNames()).startsWith("瓯北瑶光理发店");
        assertThat(text("#summary")).as("the hits are said to be similar names").contains("名称相近");
    }

    @Test
    void showMoreAddsTheNextResultsUnderTheFirstPagesTotal() {
        open("/search?sort=name");
        waitFor(By.cssSelector("#results .result"));
        assertThat(browser.findElements(By.cssSelector("#results .result"))).hasSize(20);
        String shown = text("#shown");
        assertThat(shown).startsWith("已显示 20 / ");
        String total = shown.substring("已显示 20 / ".length(), shown.length() - " 户".length());
        assertThat(Integer.parseInt(total.replace(",", ""))).as("the demo data has more than two pages")
                .isGreaterThan(40);
        List<String> first = ids();

        browser.findElement(By.id("more")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector("#results .result")).size() == 40);
        // the later page asks the API for neither total nor facets: the first page's total stays
        assertThat(text("#shown")).isEqualTo("已显示 40 / " + total + " 户");
        assertThat(ids()).startsWith(first.toArray(String[]::new)).doesNotHaveDuplicates();
        assertThat(text("html > body")).doesNotContain("Exception");
    }

    private List<String> ids() {
        return browser.findElements(By.cssSelector("#results .result")).stream().map(r -> r.getAttribute("data-id"))
                .toList();
    }

    @Test
    void nearMeWithAGrantedLocationSortsByDistanceAndThePinsShowOnTheMap() throws Exception {
        open("/search?q=" + enc("瑶光"));
        waitFor(By.cssSelector("#results .result"));
        Map<String, Object> origin = Map.of("origin", platform.portalUrl().toString().replaceAll("/$", ""),
                "permissions", List.of("geolocation"));
        browser.executeCdpCommand("Browser.grantPermissions", origin);
        browser.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", LAT, "longitude", LON, "accuracy", 10));
        browser.findElement(By.id("near-me")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("sort=distance"));
        assertThat(browser.getCurrentUrl()).contains("lat=28.0312").contains("lon=120.6512");
        waitFor(By.id("near-active"));
        assertThat(resultNames()).startsWith("瑶光小吃").hasSize(3);
        assertThat(text("#results")).contains("距离 0.").as("a private residence's distance is coarse")
                .contains("距离不到 1 公里");

        WebElement map = waitFor(By.cssSelector("#results-map[data-pins]"));
        assertThat(map.getAttribute("data-pins")).as("the private residence is never pinned").isEqualTo("2");
        assertThat(browser.findElements(By.cssSelector("#results-map path.pin"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#results-map path.pin-A"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#results-map path.pin-B"))).hasSize(1);
        screenshot("search-near-me-map");
    }

    @Test
    void theBusinessPageShowsRatingHistoryPermitsQrCodeAndBadge() throws Exception {
        open("/business/" + snackBar);
        waitFor(By.id("business-name"));
        assertThat(text("#business-name")).isEqualTo("瑶光小吃");
        assertThat(browser.getTitle()).startsWith("瑶光小吃");
        assertThat(text("#rating-meaning")).contains("A 级（优秀）").contains("得分 94");
        assertThat(text("#rating-dates")).contains("评定日期").contains("有效期至");
        assertThat(text("#sub-scores")).contains("卫生 38 / 40", "设施 28 / 30", "管理（含业主四项责任） 28 / 30");
        assertThat(text("#owner-duties")).contains("进货验收：已落实");
        assertThat(text("#inspections")).contains("日常巡查").contains("已当场整改");
        assertThat(browser.findElements(By.cssSelector("#inspections .violation"))).hasSize(1);
        assertThat(text("#permits")).contains("食品经营许可证 JY33303240099001").contains("有效");
        assertThat(text("#status-history")).contains("正常营业");
        assertThat(browser.findElement(By.id("qr-code")).getAttribute("data-url")).endsWith("/business/" + snackBar);
        assertThat(browser.findElements(By.cssSelector("#qr-code svg path"))).hasSize(1);
        assertThat(browser.findElement(By.id("permalink")).getAttribute("href")).endsWith("/business/" + snackBar);
        assertThat((Boolean) js("const i = document.getElementById('badge'); return i.complete && i.naturalWidth > 0;"))
                .as("the badge image loads").isTrue();
        assertThat(browser.findElement(By.cssSelector("#badge-snippet textarea")).getAttribute("value"))
                .contains("/badge/" + snackBar + ".svg").contains("/business/" + snackBar);
        screenshot("business-desktop");

        HttpResponse<String> badge = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                platform.portalUrl().resolve("/badge/" + snackBar + ".svg")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(badge.statusCode()).isEqualTo(200);
        assertThat(badge.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        assertThat(badge.body()).startsWith("<svg").contains("A 级（优秀）").contains("瑶光小吃");
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(platform.portalUrl().resolve("/badge/"
                + "QnVzaW5lc3M6OTk5OTk5.svg")).build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);

        open("/credit-code/" + creditCode);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("/business/" + snackBar));
        waitFor(By.id("business-name"));

        open("/business/" + closed);
        waitFor(By.id("status-banner"));
        assertThat(text("#status-banner")).contains("已于").contains("关闭");
        assertThat(text("#rating")).contains("待评原因：已关闭");

        open("/business/not-an-id");
        waitFor(By.id("not-found"));
        assertThat(text("#not-found")).contains("没有找到此页");
    }

    @Test
    void theBusinessPageShowsOlderInspectionsOnRequestPenaltiesAndTheOwnersApprovedReply() throws Exception {
        // twelve published inspections a fortnight apart: the page lists ten, "show more" the other two
        String teaHouse = register(Map.of("name", "永嘉县瓯北天璇茶点店", "trade", "RESTAURANT", "townshipCode", "OUBEI"));
        List<LocalDate> days = java.util.stream.IntStream.range(0, 12).mapToObj(i -> TODAY.minusDays(5 + 14L * i)).toList();
        for (LocalDate day : days.reversed()) {
            publish(teaHouse, day, 36, 26, 26, List.of());
        }
        String penalty = api.executeAsDemoAdmin("mutation($input: RecordEnforcementActionInput!) { recordEnforcementAction(input: $input) "
                        + "{ enforcementAction { decisionNumber } userErrors { field code message } } }", "{\"input\":" + json(Map.of(
                        "businessId", teaHouse, "decisionNumber", "永市监处罚〔2026〕9901号",
                        "violationType", "未按规定公示食品经营许可证", "penalty", "警告并罚款 2000 元", "amountYuan", 2000,
                        "decidingBody", "永嘉县市场监督管理局", "decidedOn", TODAY.minusDays(20).toString(),
                        "publishedOn", TODAY.minusDays(18).toString(), "publicationEndsOn", TODAY.plusYears(1).toString())) + "}")
                .read("$.data.recordEnforcementAction.enforcementAction.decisionNumber", String.class);
        assertThat(penalty).as("recorded the penalty").isEqualTo("永市监处罚〔2026〕9901号");

        open("/business/" + teaHouse);
        waitFor(By.id("more-inspections"));
        assertThat(browser.findElements(By.cssSelector("#inspections li.inspection"))).hasSize(10);
        assertThat(text("#inspections-shown")).isEqualTo("已显示 10 / 12 次检查");
        assertThat(browser.findElements(By.cssSelector("#inspections li.inspection h3"))).extracting(WebElement::getText)
                .as("newest first").first().asString().contains(chineseDate(days.getFirst()));
        browser.findElement(By.id("more-inspections")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector("#inspections li.inspection")).size() == 12);
        List<String> headings = browser.findElements(By.cssSelector("#inspections li.inspection h3")).stream()
                .map(WebElement::getText).toList();
        for (int i = 0; i < days.size(); i++) {
            assertThat(headings.get(i)).as("inspection %d, newest first", i + 1).contains(chineseDate(days.get(i)));
        }
        assertThat(text("#inspections-shown")).isEqualTo("已显示 12 / 12 次检查");
        assertThat(browser.findElement(By.id("more-inspections")).isDisplayed()).as("nothing more to show").isFalse();
        // the focus moves to the first new one (keyboard and screen-reader users go on from there)
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> String.valueOf(js("return document.activeElement.textContent"))
                .contains(chineseDate(days.get(10))));
        assertThat(text("#enforcement")).contains("行政处罚").contains("警告并罚款 2000 元").contains("永市监处罚〔2026〕9901号")
                .contains("未按规定公示食品经营许可证").contains("永嘉县市场监督管理局");
        js("document.getElementById('inspections-shown').scrollIntoView({block: 'center'})");
        screenshot("business-history-penalty");

        // the demo owner's reply to the first demo business, public once the county administrator approves it
        String owned = api.execute("{ businesses(first: 1) { edges { node { id } } } }", "{}")
                .read("$.data.businesses.edges[0].node.id", String.class);
        String replyText = "感谢检查，我们已更换冷藏柜并每日记录温度。";
        String reply = api.executeAs("demo.owner", "demo-owner", "mutation($b: ID!, $t: String!) { submitOwnerReply(businessId: $b, text: $t) "
                + "{ reply { id } userErrors { field code message } } }", "{\"b\":\"" + owned + "\",\"t\":" + GraphQlHttp.quote(replyText) + "}")
                .read("$.data.submitOwnerReply.reply.id", String.class);
        assertThat(reply).as("the owner's reply was taken").isNotNull();
        open("/business/" + owned);
        waitFor(By.id("business-name"));
        assertThat(browser.findElements(By.id("owner-reply"))).as("not public before it is approved").isEmpty();
        assertThat(api.executeAsDemoAdmin("mutation($id: ID!) { moderateOwnerReply(id: $id, decision: APPROVE) { reply { status } } }",
                "{\"id\":\"" + reply + "\"}").read("$.data.moderateOwnerReply.reply.status", String.class)).isEqualTo("APPROVED");
        open("/business/" + owned);
        waitFor(By.id("owner-reply"));
        assertThat(text("#owner-reply")).contains("业主回应").contains(replyText).contains(chineseDate(TODAY));
    }

    @Test
    void theLanguageSwitchIsRememberedAndTranslatesLabelsDatesAndNumbers() throws Exception {
        open("/business/" + snackBar);
        waitFor(By.id("business-name"));
        browser.findElement(By.id("language-switch")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class) // the page reloads meanwhile
                .until(d -> text("#nav-search").equals("Search"));
        waitFor(By.id("rating-meaning"));
        assertThat(text("#rating-meaning")).contains("A (excellent)").contains("Score 94");
        assertThat(text("#rating-dates")).contains("Rated on").doesNotContain("年");
        assertThat((String) js("return document.documentElement.lang")).isEqualTo("en");
        Cookie cookie = browser.manage().getCookieNamed("yongjia-lang");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("en");
        screenshot("business-desktop-en");

        open("/");
        waitFor(By.id("rating-legend"));
        assertThat(text("h1")).isEqualTo("Check the hygiene rating of a shop near you");
        assertThat(browser.findElements(By.cssSelector("#quick-filters a"))).extracting(WebElement::getText)
                .contains("Small restaurant");
        assertThat(text("#figure-registered .figure-number")).matches("\\d{1,3}(,\\d{3})*");
        browser.findElement(By.id("language-switch")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class) // the page reloads meanwhile
                .until(d -> text("#nav-search").equals("查询"));
    }

    @Test
    void onA360PxPhoneNothingOverflowsSideways() throws Exception {
        // a headless window cannot be narrower than 500 px: emulate the phone's screen instead
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", true));
        open("/");
        waitFor(By.id("rating-legend"));
        assertThat(((Number) js("return window.innerWidth")).intValue()).isEqualTo(360);
        assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue())
                .as(() -> "too wide: " + js(WIDER_THAN_THE_SCREEN)).isLessThanOrEqualTo(360);
        screenshot("home-phone");
        open("/search?q=" + enc("瑶光"));
        waitFor(By.cssSelector("#results-map[data-pins]"));
        assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue())
                .as(() -> "too wide: " + js(WIDER_THAN_THE_SCREEN)).isLessThanOrEqualTo(360);
        screenshot("search-phone");
        open("/business/" + snackBar);
        waitFor(By.id("business-name"));
        assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue())
                .as(() -> "too wide: " + js(WIDER_THAN_THE_SCREEN)).isLessThanOrEqualTo(360);
        screenshot("business-phone");
    }

    @Test
    void whenTheApiIsDownEveryPageSaysSoKindlyAndNeverShowsAStackTrace() throws Exception {
        Path runDir = platform.dataDir().resolve("run");
        int port = cn.gov.yongjia.shixiao.embedded.FreePort.any();
        int deadApi = cn.gov.yongjia.shixiao.embedded.FreePort.any();
        try (ApplicationProcess portal = ApplicationProcess.start("portal-without-api",
                Path.of(System.getProperty("yongjia.apps-dir")).resolve("portal.jar"), port, LauncherSettings.DEFAULT_HEAP, List.of(), Map.of(),
                List.of("--yongjia.portal.api-url=http://127.0.0.1:" + deadApi + "/graphql"), runDir,
                platform.dataDir().resolve("logs"))) {
            portal.awaitStarted(Duration.ofMinutes(3));
            URI base = URI.create("http://localhost:" + port + "/");
            browser.get(base.toString());
            waitFor(By.id("api-notice"));
            assertThat(text("#api-notice")).contains("数据服务暂时不可用").contains("仍可使用");
            assertThat(browser.findElement(By.id("search")).isDisplayed()).as("the frame and search box still show").isTrue();
            screenshot("api-down");
            browser.get(base.resolve("/search?q=" + enc("瑶光")).toString());
            waitFor(By.id("api-notice"));
            browser.get(base.resolve("/business/" + snackBar).toString());
            waitFor(By.id("api-notice"));
            assertThat(text("html > body")).doesNotContain("Exception").doesNotContain("at cn.gov").doesNotContain("Whitelabel");
            HttpResponse<String> badge = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    base.resolve("/badge/" + snackBar + ".svg")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(badge.statusCode()).isEqualTo(503);
            assertThat(badge.body()).startsWith("<svg").doesNotContain("A 级");
        }
    }

    // --- helpers

    private static final String WIDER_THAN_THE_SCREEN = "return [...document.querySelectorAll('body *')].filter(e => "
            + "e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.leaflet-container'))"
            + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className).join(' | ')";

    /** Replaces a field's text the way a person does (select all, type), so the field sends input events. */
    private void retype(WebElement field, String text) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!text.isEmpty()) {
            field.sendKeys(text);
        }
    }

    private void open(String path) {
        browser.get(platform.portalUrl().resolve(path).toString());
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(45)).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.getFirst();
        });
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** The input inside a Vaadin text field. */
    private WebElement input(String id) {
        return waitFor(By.cssSelector("#" + id + " input"));
    }

    /** Picks an option of a Vaadin select by its label. */
    private void choose(String selectId, String label) {
        waitFor(By.id(selectId)).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            for (WebElement item : d.findElements(By.cssSelector("vaadin-select-item"))) {
                if (item.isDisplayed() && item.getText().startsWith(label)) {
                    item.click();
                    return true;
                }
            }
            return false;
        });
    }

    private List<String> resultNames() {
        return browser.findElements(By.cssSelector("#results .result-name")).stream().map(WebElement::getText).toList();
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** A date as the Chinese pages write it (the portal's Formats: medium style). */
    private static String chineseDate(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.SIMPLIFIED_CHINESE).format(date);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String register(Map<String, Object> input) throws Exception {
        String id = api.executeAsDemoAdmin("mutation($input: RegisterBusinessInput!) { registerBusiness(input: $input) "
                        + "{ business { id } userErrors { field code message } } }", "{\"input\":" + json(input) + "}")
                .read("$.data.registerBusiness.business.id", String.class);
        assertThat(id).as("registered " + input.get("name")).isNotNull();
        return id;
    }

    private static String firstViolationCode() throws Exception {
        return api.execute("{ violationCodes { code } }", "{}").read("$.data.violationCodes[0].code", String.class);
    }

    private static void publish(String businessId, int hygiene, int facilities, int management,
                                List<Map<String, Object>> violations) throws Exception {
        publish(businessId, TODAY.minusDays(3), hygiene, facilities, management, violations);
    }

    private static void publish(String businessId, LocalDate inspectedOn, int hygiene, int facilities, int management,
                                List<Map<String, Object>> violations) throws Exception {
        String input = "{\"businessId\":\"" + businessId + "\",\"inspectedOn\":\"" + inspectedOn
                + "\",\"kind\":\"ROUTINE_PATROL\",\"departmentCode\":\"MARKET_REGULATION\",\"hygieneScore\":" + hygiene
                + ",\"facilitiesScore\":" + facilities + ",\"managementScore\":" + management
                + ",\"ownerDuties\":{\"purchaseAcceptance\":true,\"ledger\":true,\"certificatesAndInvoices\":true,"
                + "\"qualityCommitment\":true},\"outcome\":\"COMPLIANT\",\"violations\":" + json(violations) + "}";
        String id = api.executeAsDemoAdmin("mutation($input: RecordInspectionInput!) { recordInspection(input: $input) "
                        + "{ inspection { id } userErrors { field code message } } }", "{\"input\":" + input + "}")
                .read("$.data.recordInspection.inspection.id", String.class);
        assertThat(id).as("recorded an inspection").isNotNull();
        assertThat(api.executeAsDemoAdmin("mutation($id: ID!) { publishInspection(id: $id) { inspection { publicationStatus } } }",
                        "{\"id\":\"" + id + "\"}").read("$.data.publishInspection.inspection.publicationStatus", String.class))
                .isEqualTo("PUBLISHED");
    }

    /** Every change reaches the search index through the outbox within about a refresh interval. */
    private static void awaitIndexed() {
        org.awaitility.Awaitility.await("the test businesses reach the search index")
                .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                    List<String> grades = api.execute("{ searchBusinesses(query: \"瑶光\", sort: RATING, filter: {statuses: [OPEN, CLOSED]}) "
                            + "{ edges { node { rating { grade } } } } }", "{}").read("$.data.searchBusinesses.edges[*].node.rating.grade");
                    // the closing is a change of its own: open-only, the closed tea house must be gone
                    List<String> open = api.execute("{ searchBusinesses(query: \"瑶光\") { edges { node { id } } } }", "{}")
                            .read("$.data.searchBusinesses.edges[*].node.id");
                    return grades.size() == 4 && "A".equals(grades.get(0)) && "B".equals(grades.get(1))
                            && open.size() == 3 && !open.contains(closed);
                });
    }

    private static String json(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(GraphQlHttp.quote(k.toString())).append(':').append(json(v)));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(v -> out.append(out.length() > 1 ? "," : "").append(json(v)));
            return out.append(']').toString();
        }
        if (value instanceof String s) {
            return GraphQlHttp.quote(s);
        }
        return String.valueOf(value);
    }

    /** The first 17 characters with their GB 32100 check character. */
    private static String creditCode(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
        }
        return first17 + alphabet.charAt((31 - sum % 31) % 31);
    }
}
