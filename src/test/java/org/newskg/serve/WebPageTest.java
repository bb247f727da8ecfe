package org.newskg.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * newskg's pages in Debian's headless Chromium, driven by Debian's chromedriver, over an invented article about real companies.
 * Screenshots go to {@code target/screenshots/}. Without Chromium the test is skipped, unless
 * {@code NEWSKG_REQUIRE_BROWSER} is set (as {@code .ci/run} does), when it fails.
 */
class WebPageTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    @TempDir
    static Path tmp;
    private static FusekiLauncher server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String why = "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)";
            if (System.getenv("NEWSKG_REQUIRE_BROWSER") != null) fail(why);
            Assumptions.abort(why);
        }
        server = FusekiLauncher.start(new FusekiLauncher.Settings(ExampleStore.build(tmp), 0, "127.0.0.1", Optional.empty()));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1400", "--user-data-dir=" + tmp.resolve("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    private static void open(String hash) {
        browser.get(server.url() + "app/" + hash);
        waitReady(hash);
    }

    private static void waitReady(String hash) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d ->
                hash.equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    private static void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void searchingAndOpeningAPersonShowsRolesNeighboursAndSources() throws Exception {
        open("#/");
        WebElement box = browser.findElement(By.id("search-box"));
        box.sendKeys("okafor");
        browser.findElement(By.cssSelector("#search-form button")).click();
        waitReady("#/search/okafor");
        List<WebElement> results = browser.findElements(By.cssSelector("tr.result a"));
        assertFalse(results.isEmpty(), browser.findElement(By.id("view")).getText());
        assertEquals("Maria Okafor", results.get(0).getText());
        String href = results.get(0).getDomAttribute("href");
        results.get(0).click();
        waitReady(href);
        assertEquals("Maria Okafor Person", browser.findElement(By.id("entity-name")).getText());
        String roles = browser.findElement(By.id("facts-role")).getText();
        assertTrue(roles.contains("chief executive") && roles.contains("Globex Energy"), roles);
        String sources = browser.findElement(By.id("facts-mention")).getText();
        assertTrue(sources.contains("Okafor"), "the sentences that name her: " + sources);
        List<WebElement> nodes = browser.findElements(By.cssSelector("svg.graph a .node-label"));
        assertTrue(nodes.stream().anyMatch(n -> n.getText().equals("Globex Energy")), "Globex Energy is a neighbour in the graph view");
        screenshot("entity-maria-okafor");

        browser.findElement(By.cssSelector("#facts-role td a")).click();
        waitReady("#/entity/" + java.net.URLEncoder.encode("https://newskg.org/id/organization/globex-energy", "UTF-8"));
        assertTrue(browser.findElement(By.id("entity-name")).getText().startsWith("Globex Energy"));
        assertTrue(browser.findElement(By.id("facts-deal")).getText().contains("acquisition"), "Globex Energy's deals are listed");
    }

    @Test
    void aLinkedCompanyShowsItsWikidataItem() throws Exception {
        open("#/entity/" + java.net.URLEncoder.encode("https://newskg.org/id/organization/vattenfall", "UTF-8"));
        String wd = browser.findElement(By.id("wikidata")).getText();
        assertTrue(wd.contains("Q157675") && wd.contains("Vattenfall"), wd);
        assertEquals("https://www.wikidata.org/wiki/Q157675",
                browser.findElement(By.cssSelector("#wikidata a.wikidata")).getDomAttribute("href"));
        screenshot("entity-vattenfall");
    }

    @Test
    void theTimelineListsDatedEventsInOrder() throws Exception {
        open("#/timeline");
        List<String> dates = browser.findElements(By.cssSelector("ol.timeline .date")).stream().map(WebElement::getText).toList();
        assertTrue(dates.size() >= 4, "events: " + dates);
        assertEquals(dates.stream().sorted().toList(), dates, "in date order");
        screenshot("timeline");
    }

    @Test
    void theQueryPageRunsABundledQuery() throws Exception {
        open("#/queries/deals");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                d.findElement(By.id("query-text")).getDomProperty("value").contains("nkg:Deal"));
        browser.findElement(By.id("run-query")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#query-result table tbody tr")).isEmpty());
        String table = browser.findElement(By.id("query-result")).getText();
        assertTrue(table.contains("acquisition"), table);
        screenshot("query-deals");
    }
}
