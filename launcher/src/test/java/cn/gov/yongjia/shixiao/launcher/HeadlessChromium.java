package cn.gov.yongjia.shixiao.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, quiet on a closed network (STACK.md #7, #11), with what the portal's browser tests
 * share: desktop and phone sizes, waiting for a Vaadin view to settle, screenshots and the axe-core audit.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(360, 780);

    private final WebDriver driver;

    HeadlessChromium() {
        this("zh-CN");
    }

    /** @param language the browser's language, as {@code Accept-Language} sends it (e.g. zh-CN, en) */
    HeadlessChromium(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Path.of("/usr/bin/chromium").toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=" + language, "--window-size=1280,900");
        options.addArguments("--accept-lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a page and waits until the element with {@code viewId} is there and Vaadin has nothing in flight. */
    void open(URI url, String viewId) {
        driver.get(url.toString());
        settle(viewId);
    }

    void settle(String viewId) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id(viewId)).isEmpty());
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(script("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.values(clients).every(c => !c.isActive());""")));
    }

    /**
     * Shows pages at this size. A headless window cannot be narrower than 500 px, so a phone's screen is emulated
     * (device metrics) rather than given as the window's size.
     */
    void size(Dimension size) {
        if (size.getWidth() < 500) {
            ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                    "width", size.getWidth(), "height", size.getHeight(), "deviceScaleFactor", 1, "mobile", true));
        } else {
            ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
            driver.manage().window().setSize(size);
        }
    }

    /** The elements (at most 8) that reach past the right edge of the screen: what makes a page scroll sideways. */
    String widerThanTheScreen() {
        return String.valueOf(script("return [...document.querySelectorAll('body *')].filter(e => "
                + "e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.leaflet-container'))"
                + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className).join(' | ')"));
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Object asyncScript(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core (from its Maven artifact, so no network) on the current page with every {@code <details>} open,
     * and returns the violations as JSON: an array of {id, impact, help, nodes: [{target, failureSummary}]}.
     */
    String axeViolations() {
        script("document.querySelectorAll('details').forEach(d => d.open = true);");
        script(axeSource());
        return (String) asyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(result => done(JSON.stringify(result.violations.map(v => ({id: v.id, impact: v.impact,
                        help: v.help, nodes: v.nodes.map(n => ({target: n.target, summary: n.failureSummary}))})))))
                   .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));""");
    }

    private static String axeSource() {
        try (InputStream in = HeadlessChromium.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
