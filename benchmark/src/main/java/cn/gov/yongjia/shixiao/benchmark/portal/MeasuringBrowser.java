package cn.gov.yongjia.shixiao.benchmark.portal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium (STACK.md #7, #11) opening portal pages as a reader does, each as a new document, and
 * reading what each view cost from the browser's own timing records.
 */
final class MeasuringBrowser implements AutoCloseable {

    /**
     * The document request and every Vaadin request of this document, with the browser's timings and the portal's
     * Server-Timing entries (Resource Timing gives them for same-origin requests).
     */
    private static final String TIMINGS = """
            const entries = [performance.getEntriesByType('navigation')[0],
                             ...performance.getEntriesByType('resource').filter(e => e.name.includes('v-r='))];
            return entries.map(e => {
                const app = e.serverTiming.find(t => t.name === 'app');
                const graphql = e.serverTiming.find(t => t.name === 'graphql');
                return { document: e.entryType === 'navigation', server: e.responseStart - e.requestStart,
                         app: app ? app.duration : -1, graphql: graphql ? Number(graphql.description) : -1,
                         graphqlMs: graphql ? graphql.duration : 0 };
            });""";

    private final ChromeDriver driver;

    MeasuringBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Path.of("/usr/bin/chromium").toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=zh-CN", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        driver = new ChromeDriver(service, options);
    }

    /**
     * Opens the page as a new document, waits until its view is there and Vaadin has nothing in flight, and returns
     * what the view cost; throws when the page shows the API notice instead (the view failed).
     */
    PageViewTiming view(URI portal, PortalPage page) {
        driver.get(portal.resolve(page.path()).toString());
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id(page.viewId())).isEmpty()
                || !d.findElements(By.id("api-notice")).isEmpty());
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(script("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.values(clients).every(c => !c.isActive());""")));
        if (!driver.findElements(By.id("api-notice")).isEmpty()) {
            throw new IllegalStateException(page.path() + " shows: " + driver.findElement(By.id("api-notice")).getText());
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) script(TIMINGS);
        double server = 0;
        double document = 0;
        double app = 0;
        double graphqlMillis = 0;
        int vaadin = 0;
        int graphql = 0;
        boolean reported = true;
        for (Map<String, Object> entry : entries) {
            double time = number(entry.get("server"));
            server += time;
            if (Boolean.TRUE.equals(entry.get("document"))) {
                document = time;
            } else {
                vaadin++;
            }
            double appTime = number(entry.get("app"));
            int requests = (int) number(entry.get("graphql"));
            if (appTime < 0 || requests < 0) {
                reported = false;
            } else {
                app += appTime;
                graphql += requests;
                graphqlMillis += number(entry.get("graphqlMs"));
            }
        }
        return new PageViewTiming(server, document, vaadin, app, graphql, graphqlMillis, reported);
    }

    private Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : -1;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
