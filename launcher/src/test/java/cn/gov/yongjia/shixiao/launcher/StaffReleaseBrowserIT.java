package cn.gov.yongjia.shixiao.launcher;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

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
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The staff area in headless Chromium against the whole platform with its demo accounts:
 * <ul>
 * <li>the editor signs in (Vaadin's login form in Chinese), sees what the account may do, writes a release in
 * Markdown with the API's sanitised preview (a script in the body never becomes an element), links a business with
 * the picker, saves a draft, attaches a PDF and is told why a text file named .pdf is refused; publishing is not
 * offered to the account; the publisher, who is not offered writing, publishes it; the editor then makes a minor and a
 * major edit (the latter refused without a note) and the public page shows the major one in its change history; the
 * editor starts the English translation from the release and it is linked both ways;</li>
 * <li>the publisher schedules a release a little ahead (the list shows it as scheduled), cancels, schedules again,
 * and the API publishes it at its time; the publisher then withdraws it;</li>
 * <li>the county administrator is stopped publishing their own release by the four-eyes rule, with its message.</li>
 * </ul>
 * Every page checked is in Chinese and must not show Vaadin's English built-in texts. Screenshots at desktop and phone
 * sizes. The releases this test writes are titled 员工区…测试…, which no demo release is.
 */
class StaffReleaseBrowserIT {

    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    /** Vaadin's English defaults that a Chinese page must never show. */
    private static final List<String> ENGLISH_DEFAULTS = List.of("Upload Files", "Upload File", "Drop file", "Drop files",
            "Log in", "Forgot password", "Username", "Password");

    private static Platform platform;
    private static GraphQlHttp api;
    private HeadlessChromium browser;

    @BeforeAll
    static void startPlatform() throws Exception {
        Path dataDir = Files.createTempDirectory("yongjia-staff-it-");
        dataDir.toFile().setExecutable(true, false);
        platform = Platform.start(LauncherSettings.fromEnvironment().withDataDir(dataDir));
        api = new GraphQlHttp(platform.graphqlUrl());
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
    void theEditorWritesAttachesAndEditsThePublisherPublishes() throws Exception {
        String title = "员工区浏览器测试发布" + System.nanoTime();
        String businessName = "员工区关联测试店" + System.nanoTime();
        String businessId = api.registerBusiness(businessName, "RESTAURANT");
        await("the business to link reaches the search index").atMost(Duration.ofSeconds(60))
                .until(() -> api.execute("query($q: String!) { searchBusinesses(query: $q, first: 5) { edges { node { id } } } }",
                        "{\"q\":" + GraphQlHttp.quote(businessName) + "}").read("$.data.searchBusinesses.edges[*].node.id", List.class)
                        .contains(businessId));

        open("/", "content");
        WebElement footerLink = driver().findElement(By.id("footer-staff"));
        assertThat(footerLink.getText()).isEqualTo("工作人员入口");
        assertThat(driver().findElements(By.cssSelector("header nav #footer-staff"))).as("not in the main nav").isEmpty();

        open("/staff/releases", "staff-login-view");
        assertThat(driver().getCurrentUrl()).as("the staff area redirects to the login").contains("/staff/");
        assertThat(browser.script("return document.getElementById('staff-login').i18n.form.title")).isEqualTo("工作人员登录");
        assertThat(deepText("#staff-login")).contains("用户名", "密码", "登录");
        assertNoEnglishDefaults("#staff-login-view");
        signIn("news.editor", "wrong-password");
        waitUntil(d -> Boolean.TRUE.equals(browser.script("return document.getElementById('staff-login').error")));
        assertThat(deepText("#staff-login")).contains("用户名或密码不正确");
        assertThat(driver().findElements(By.id("staff-releases-view"))).isEmpty();
        browser.screenshot("staff-login-desktop");
        signIn("news.editor", "demo-editor");
        browser.settle("staff-releases-view");
        assertThat(text("#staff-releases-view")).contains("新闻发布管理", "草稿", "已发布", "news.editor");
        assertThat(text("#staff-rights")).contains("撰写和修改").doesNotContain("发布、定时和撤回");

        driver().findElement(By.id("staff-new-release")).click();
        browser.settle("release-editor-view");
        assertThat(displayed("release-workflow")).as("an editor is not offered publishing").isFalse();
        choose("release-issuer");
        choose("release-category");
        driver().findElement(By.cssSelector("#release-title input")).sendKeys(title);
        driver().findElement(By.cssSelector("#release-summary textarea")).sendKeys("浏览器测试写的摘要。");
        driver().findElement(By.cssSelector("#release-keywords input")).sendKeys("测试，员工区");
        WebElement body = driver().findElement(By.cssSelector("#release-body textarea"));
        body.sendKeys("## 小标题\n\n这是**加粗**的正文。\n\n<script>window.staffXss = 1</script>\n\n[链接](javascript:alert(1))");
        waitUntil(d -> !d.findElements(By.cssSelector("#release-preview strong")).isEmpty());
        assertThat(text("#release-preview strong")).isEqualTo("加粗");
        assertThat(text("#release-preview h2")).isEqualTo("小标题");
        assertThat(driver().findElements(By.cssSelector("#release-preview script"))).as("no script element").isEmpty();
        assertThat(driver().findElements(By.cssSelector("#release-preview a[href^='javascript']"))).isEmpty();
        assertThat(browser.script("return window.staffXss === undefined")).isEqualTo(true);
        pickBusiness(businessName);

        driver().findElement(By.id("release-save")).click();
        waitUntil(d -> text("#staff-message").contains("已保存"));
        assertThat(text("#release-state")).contains("草稿");
        waitUntil(d -> d.getCurrentUrl().matches(".*/staff/releases/(?!new).+"));
        String id = driver().getCurrentUrl().replaceAll(".*/staff/releases/", "");
        assertNoEnglishDefaults("#release-editor-view");
        assertThat(deepText("#release-upload")).contains("选择文件", "拖放");
        assertThat(browser.script("return document.getElementById('release-written-on').i18n.today")).isEqualTo("今天");
        assertThat(browser.script("return document.getElementById('release-written-on').i18n.monthNames[0]")).isEqualTo("一月");
        browser.screenshot("staff-editor-desktop");

        attach(Files.writeString(Files.createTempDirectory("staff-it-").resolve("说明.pdf"), "这是文字，不是 PDF"));
        waitUntil(d -> text("#staff-message").contains("附件未能上传"));
        assertThat(text("#staff-message")).contains("说明.pdf").doesNotContain("Exception");
        assertThat(text("#release-attachments")).isEmpty();
        attach(onePagePdf(Files.createTempDirectory("staff-it-").resolve("通知原文.pdf")));
        waitUntil(d -> text("#staff-message").contains("附件已上传"));
        assertThat(text("#staff-message")).as("only the one file chosen was sent").doesNotContain("说明.pdf");
        assertThat(text("#release-attachments")).contains("通知原文.pdf").doesNotContain("说明.pdf");
        browser.size(HeadlessChromium.PHONE);
        browser.screenshot("staff-editor-phone");
        browser.size(HeadlessChromium.DESKTOP);
        assertThat(api.execute("query($id: ID!) { release(id: $id) { state } }", "{\"id\":\"" + id + "\"}")
                .read("$.data.release", Object.class)).as("a draft is not public").isNull();

        open("/staff/releases", "staff-releases-view");
        assertThat(text("#staff-releases-draft")).contains(title);
        signOut();

        signIn("news.publisher", "demo-publisher");
        browser.settle("staff-releases-view");
        assertThat(text("#staff-rights")).contains("发布、定时和撤回").doesNotContain("撰写和修改");
        assertThat(driver().findElements(By.id("staff-new-release"))).as("a publisher is not offered writing").isEmpty();
        driver().findElement(By.linkText(title)).click();
        browser.settle("release-editor-view");
        waitUntil(d -> text("#release-state").contains("草稿"));
        assertThat(driver().findElement(By.cssSelector("#release-title input")).getAttribute("value")).isEqualTo(title);
        assertThat(displayed("release-save")).as("a publisher is not offered saving edits").isFalse();
        driver().findElement(By.id("release-publish")).click();
        waitUntil(d -> text("#staff-message").contains("已发布"));
        assertThat(text("#release-state")).contains("已发布");
        browser.screenshot("staff-published-desktop");

        DocumentContext published = api.execute("query($id: ID!) { release(id: $id) { state title bodyHtml businesses { id } attachments { fileName contentType } } }",
                "{\"id\":\"" + id + "\"}");
        assertThat(published.read("$.data.release.state", String.class)).isEqualTo("PUBLISHED");
        assertThat(published.read("$.data.release.title", String.class)).isEqualTo(title);
        assertThat(published.read("$.data.release.bodyHtml", String.class)).contains("<strong>加粗</strong>").doesNotContain("<script");
        assertThat(published.read("$.data.release.businesses[*].id", List.class)).containsExactly(businessId);
        assertThat(published.read("$.data.release.attachments[*].fileName", List.class)).containsExactly("通知原文.pdf");
        signOut();

        // edits after publication: minor, then major (a note is required), by the editor
        signIn("news.editor", "demo-editor");
        browser.settle("staff-releases-view");
        open("/staff/releases/" + id, "release-editor-view");
        waitUntil(d -> text("#release-state").contains("已发布"));
        WebElement titleField = driver().findElement(By.cssSelector("#release-title input"));
        titleField.sendKeys("（更正）");
        chooseValue("release-change-kind", "MINOR");
        driver().findElement(By.id("release-save")).click();
        waitUntil(d -> text("#staff-message").contains("已保存"));
        assertThat(api.execute("query($id: ID!) { release(id: $id) { title changes { kind } } }", "{\"id\":\"" + id + "\"}")
                .read("$.data.release.title", String.class)).isEqualTo(title + "（更正）");

        driver().findElement(By.cssSelector("#release-summary textarea")).sendKeys("补充了生效日期。");
        chooseValue("release-change-kind", "MAJOR");
        driver().findElement(By.id("release-save")).click();
        waitUntil(d -> text("#staff-message").contains("未能完成"));
        assertThat(text("#staff-message")).contains("changeNote").doesNotContain("Exception");
        driver().findElement(By.cssSelector("#release-change-note input")).sendKeys("补充生效日期说明");
        driver().findElement(By.id("release-save")).click();
        waitUntil(d -> text("#staff-message").contains("已保存"));

        open("/releases/" + id, "release");
        assertThat(text("#change-history")).contains("补充生效日期说明");
        assertThat(text("#release-title")).isEqualTo(title + "（更正）");

        // the English translation, started from the release
        open("/staff/releases/" + id, "release-editor-view");
        driver().findElement(By.id("release-write-translation")).click();
        browser.settle("release-editor-view");
        waitUntil(d -> d.getCurrentUrl().contains("translationOf="));
        assertThat(text("#release-translation")).contains(title);
        assertThat(text("#release-language")).contains("英文");
        String englishTitle = "Staff area browser test translation " + System.nanoTime();
        driver().findElement(By.cssSelector("#release-title input")).sendKeys(englishTitle);
        driver().findElement(By.cssSelector("#release-body textarea")).sendKeys("The English text.");
        driver().findElement(By.id("release-save")).click();
        waitUntil(d -> text("#staff-message").contains("已保存"));
        open("/staff/releases/" + id, "release-editor-view");
        assertThat(text("#release-translation")).contains(englishTitle);
    }

    @Test
    void aScheduledReleaseIsPublishedAtItsTimeAfterACancelledSchedule() throws Exception {
        String title = "员工区定时发布测试" + System.nanoTime();
        String id = createAsAdmin(title);

        open("/staff/releases/" + id, "staff-login-view");
        signIn("news.publisher", "demo-publisher");
        browser.settle("staff-releases-view");
        open("/staff/releases/" + id, "release-editor-view");
        waitUntil(d -> text("#release-state").contains("草稿"));
        assertThat(browser.script("return document.querySelector('#release-publish-at [slot=date-picker]').i18n.today"))
                .isEqualTo("今天");
        assertNoEnglishDefaults("#release-editor-view");

        // a whole minute at least 90 s ahead: the picker has minutes, and the list must see it scheduled first
        LocalDateTime at = LocalDateTime.now(COUNTY).plusSeconds(90).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        setPublishAt(at);
        driver().findElement(By.id("release-schedule")).click();
        waitUntil(d -> text("#staff-message").contains("已定时"));
        String shown = at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        assertThat(text("#release-state")).contains("定时发布", shown);
        assertThat(displayed("release-cancel-schedule")).isTrue();

        open("/staff/releases", "staff-releases-view");
        assertThat(text("#staff-releases-scheduled")).contains(title, shown);
        browser.screenshot("staff-scheduled-desktop");

        driver().findElement(By.linkText(title)).click();
        browser.settle("release-editor-view");
        driver().findElement(By.id("release-cancel-schedule")).click();
        waitUntil(d -> text("#staff-message").contains("已取消定时"));
        assertThat(text("#release-state")).contains("草稿");
        assertThat(state(id)).isEqualTo("DRAFT");

        setPublishAt(at);
        driver().findElement(By.id("release-schedule")).click();
        waitUntil(d -> text("#staff-message").contains("已定时"));
        assertThat(state(id)).isEqualTo("SCHEDULED");

        await("the scheduled release is published at its time").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2))
                .until(() -> "PUBLISHED".equals(state(id)));
        assertThat(api.execute("query($id: ID!) { release(id: $id) { state } }", "{\"id\":\"" + id + "\"}")
                .read("$.data.release.state", String.class)).as("public once published").isEqualTo("PUBLISHED");
        open("/staff/releases/" + id, "release-editor-view");
        assertThat(text("#release-state")).contains("已发布");

        driver().findElement(By.cssSelector("#release-withdrawal-reason input")).sendKeys("浏览器测试撤回");
        driver().findElement(By.id("release-withdraw")).click();
        waitUntil(d -> text("#staff-message").contains("已撤回"));
        assertThat(text("#release-state")).contains("已撤回");
        var withdrawn = api.execute("query($id: ID!) { release(id: $id) { state withdrawal { reason } } }",
                "{\"id\":\"" + id + "\"}");
        assertThat(withdrawn.read("$.data.release.state", String.class)).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.read("$.data.release.withdrawal.reason", String.class)).isEqualTo("浏览器测试撤回");
    }

    @Test
    void theFourEyesRuleStopsTheAuthorPublishingTheirOwnReleaseWithAClearMessage() {
        String title = "员工区四眼原则测试" + System.nanoTime();
        open("/staff/releases/new", "staff-login-view");
        signIn("county.admin", "demo-admin");
        browser.settle("staff-releases-view");
        assertThat(text("#staff-rights")).contains("撰写和修改", "发布、定时和撤回");
        driver().findElement(By.id("staff-new-release")).click();
        browser.settle("release-editor-view");
        choose("release-issuer");
        choose("release-category");
        driver().findElement(By.cssSelector("#release-title input")).sendKeys(title);
        driver().findElement(By.cssSelector("#release-body textarea")).sendKeys("管理员自己写的正文。");
        driver().findElement(By.id("release-save")).click();
        waitUntil(d -> text("#staff-message").contains("已保存"));

        assertThat(displayed("release-publish")).as("the administrator holds PUBLISH").isTrue();
        driver().findElement(By.id("release-publish")).click();
        waitUntil(d -> text("#staff-message").contains("未能完成"));
        assertThat(text("#staff-message")).doesNotContain("Exception");
        assertThat(text("#release-state")).contains("草稿");
        browser.size(HeadlessChromium.PHONE);
        browser.screenshot("staff-editor-refused-phone");
    }

    /** A draft written by the demo county administrator through the API (so the publisher is not its author). */
    private static String createAsAdmin(String title) throws Exception {
        DocumentContext categories = api.execute("{ releaseCategories { code } releaseIssuers { code } }", "{}");
        String category = categories.read("$.data.releaseCategories[0].code", String.class);
        String issuer = categories.read("$.data.releaseIssuers[0].code", String.class);
        return api.executeAsDemoAdmin("mutation($input: CreateReleaseInput!) { createRelease(input: $input) { release { id } userErrors { message } } }",
                "{\"input\":{\"issuerCode\":\"" + issuer + "\",\"categoryCode\":\"" + category + "\",\"title\":"
                        + GraphQlHttp.quote(title) + ",\"bodyMarkdown\":\"定时发布测试的正文。\"}}")
                .read("$.data.createRelease.release.id", String.class);
    }

    private static String state(String id) throws Exception {
        return api.executeAsDemoAdmin("query($id: ID!) { release(id: $id) { state } }", "{\"id\":\"" + id + "\"}")
                .read("$.data.release.state", String.class);
    }

    private void signIn(String username, String password) {
        WebElement user = driver().findElement(By.cssSelector("#staff-login input[name='username']"));
        WebElement pass = driver().findElement(By.cssSelector("#staff-login input[name='password']"));
        user.clear();
        user.sendKeys(username);
        pass.clear();
        pass.sendKeys(password, Keys.ENTER);
    }

    private void signOut() {
        open("/staff/releases", "staff-releases-view");
        driver().findElement(By.id("staff-sign-out")).click();
        browser.settle("staff-login-view");
        open("/staff/releases", "staff-login-view");
    }

    /**
     * Chooses one file in the Vaadin upload, as its file dialog does. The input is emptied first: it accepts several
     * files, and the driver would otherwise add the new file to the ones chosen before.
     */
    private void attach(Path file) {
        WebElement input = (WebElement) browser.script("""
                const u = document.getElementById('release-upload');
                const input = u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');
                input.value = '';
                return input;""");
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** The smallest PDF the API's type check accepts by its content: a one-page document. */
    private static Path onePagePdf(Path file) throws Exception {
        String pdf = """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """;
        return Files.writeString(file, pdf, StandardCharsets.US_ASCII);
    }

    /** Types the business's name into the picker and chooses it from the suggestions. */
    private void pickBusiness(String name) {
        WebElement input = driver().findElement(By.cssSelector("#release-businesses input"));
        input.sendKeys(name);
        String findItem = """
                const found = [];
                const walk = root => { root.querySelectorAll('*').forEach(e => {
                    if (e.localName === 'vaadin-multi-select-combo-box-item' && e.textContent.includes(arguments[0])) found.push(e);
                    if (e.shadowRoot) walk(e.shadowRoot); }); };
                walk(document);
                return found[0] || null;""";
        waitUntil(d -> browser.script(findItem, name) != null);
        browser.script("arguments[0].click()", browser.script(findItem, name));
        waitUntil(d -> Boolean.TRUE.equals(browser.script(
                "return document.getElementById('release-businesses').selectedItems.length === 1")));
        input.sendKeys(Keys.ESCAPE);
    }

    /** Sets the schedule picker as typing a date and a time does. */
    private void setPublishAt(LocalDateTime at) {
        browser.script("""
                const p = document.getElementById('release-publish-at');
                p.value = arguments[0];
                p.dispatchEvent(new CustomEvent('change', {bubbles: true}));""",
                at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        browser.settle("release-editor-view");
    }

    /** Picks the first item of a Vaadin select, as choosing it with the mouse does (its value is the item's key). */
    private void choose(String selectId) {
        browser.script("const s = document.getElementById(arguments[0]); s.value = s.items ? s.items[0].value : '1';",
                selectId);
        waitUntil(d -> Boolean.TRUE.equals(browser.script("return !!document.getElementById(arguments[0]).value", selectId)));
    }

    /** Picks the item of a Vaadin select by its label, as choosing it with the mouse does (its value is the item's key). */
    private void chooseValue(String selectId, String constant) {
        String label = switch (constant) {
            case "MINOR" -> "小修改";
            case "MAJOR" -> "重大修改";
            default -> throw new IllegalArgumentException(constant);
        };
        // Flow gives a select's items the keys "1", "2", … in the order they were set (here the enum's order);
        // the item with the label is preferred where the select's items are in the page
        Object key = browser.script("""
                const s = document.getElementById(arguments[0]);
                const item = [...s.querySelectorAll('vaadin-select-item')].find(i => i.textContent.includes(arguments[1]));
                const key = item ? (item.getAttribute('value') ?? item.value) : arguments[2];
                s.value = key;
                return key;""", selectId, label, constant.equals("MINOR") ? "1" : "2");
        waitUntil(d -> String.valueOf(key).equals(String.valueOf(browser.script(
                "return document.getElementById(arguments[0]).value", selectId))));
        browser.settle("release-editor-view");
    }

    private boolean displayed(String id) {
        var found = driver().findElements(By.id(id));
        return !found.isEmpty() && found.getFirst().isDisplayed();
    }

    private void assertNoEnglishDefaults(String css) {
        assertThat(deepText(css)).as("Vaadin's English defaults on a Chinese page").doesNotContain(ENGLISH_DEFAULTS);
    }

    /** The text inside an element, shadow roots included (the components' built-in texts live there), styles left out. */
    private String deepText(String css) {
        return String.valueOf(browser.script("""
                const parts = [];
                const walk = node => {
                    if (node.nodeType === Node.TEXT_NODE) { parts.push(node.textContent); return; }
                    if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return;
                    if (node.shadowRoot) walk(node.shadowRoot);
                    node.childNodes.forEach(walk);
                };
                walk(document.querySelector(arguments[0]));
                return parts.join(' ').replace(/\\s+/g, ' ');""", css));
    }

    private void open(String path, String viewId) {
        browser.open(URI.create(platform.portalUrl().toString().replaceAll("/$", "") + path), viewId);
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private String text(String css) {
        var found = driver().findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.getFirst().getText();
    }

    private void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver(), Duration.ofSeconds(30))
                .withMessage(() -> "the staff message says: " + text("#staff-message"))
                .until(condition::apply);
    }
}
