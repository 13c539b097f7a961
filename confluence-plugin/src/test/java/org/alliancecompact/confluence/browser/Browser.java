package org.alliancecompact.confluence.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian chromium driven through chromedriver. Missing binaries fail the test (never skip it):
 * scripts/install-browser.sh installs them.
 */
public final class Browser implements AutoCloseable {

    public final ChromeDriver driver;

    public Browser() {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
        assertThat(Files.isExecutable(chromium))
                .as("chromium must be installed at " + chromium + " (run scripts/install-browser.sh)")
                .isTrue();
        assertThat(Files.isExecutable(chromedriver))
                .as("chromedriver must be installed at " + chromedriver + " (run scripts/install-browser.sh)")
                .isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                // The machines have no outside network: keep chromium from trying Google's services.
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1024");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver.toString()))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    /** Opens the preview start page and signs in as {@code email}. */
    public void signInAs(java.net.URI base, String email) {
        driver.get(base.toString());
        driver.findElement(By.cssSelector("button[data-email='" + email + "']")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".compact-me")));
    }

    public <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Runs fetch() in the page (with its cookie) and returns "status body". */
    public String fetchInPage(String method, String url, String jsonBody) {
        Object result = driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: arguments[1], credentials: 'same-origin',"
                        + " headers: {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'},"
                        + " body: arguments[2]})"
                        + ".then(r => r.text().then(t => done(r.status + ' ' + t)))"
                        + ".catch(e => done('error ' + e));",
                url,
                method,
                jsonBody);
        return String.valueOf(result);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Where screenshots are kept: the build output (target/screenshots), for people to look at. */
    public static final java.nio.file.Path SCREENSHOTS = java.nio.file.Path.of("target", "screenshots");

    /**
     * Makes the viewport {@code width} px wide (and 900 high), as a phone or a desktop would be. Chromium
     * keeps a window at least 500 px wide, so the viewport is set through DevTools' device metrics.
     */
    public void width(int width) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(Math.max(width, 800), 900));
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    /**
     * A full-page screenshot of the current page at the current width, kept as
     * target/screenshots/{name}-{width}.png; returns the file.
     */
    public java.nio.file.Path screenshot(String name) {
        long width = ((Number) driver.executeScript("return window.innerWidth")).longValue();
        long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
        // the whole page, not only what the viewport shows
        Object data = driver.executeCdpCommand(
                        "Page.captureScreenshot",
                        java.util.Map.of(
                                "captureBeyondViewport",
                                true,
                                "clip",
                                java.util.Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)))
                .get("data");
        try {
            java.nio.file.Files.createDirectories(SCREENSHOTS);
            java.nio.file.Path file = SCREENSHOTS.resolve(name + "-" + width + ".png");
            java.nio.file.Files.write(file, java.util.Base64.getDecoder().decode(String.valueOf(data)));
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
