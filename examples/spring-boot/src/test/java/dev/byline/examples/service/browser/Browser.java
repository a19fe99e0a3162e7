package dev.byline.examples.service.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium, driven through its ChromeDriver: the system's own, found by
 * {@link Chromium}; Selenium never downloads anything. Each browser gets a fresh temporary
 * profile, deleted when it is closed.
 *
 * <p>The flags keep it quiet on a machine without network access: no background networking,
 * component updates, sync, first-run screens or QUIC.
 */
public final class Browser implements AutoCloseable {

    /** The width of the window, and so of the screenshots, in CSS pixels. */
    public static final int WIDTH = 1200;

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Starts a browser.
     *
     * @return the browser
     */
    public static Browser start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("byline-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Chromium.browser().toFile());
        options.addArguments(List.of(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=" + WIDTH + ",900", "--user-data-dir=" + profile, "--lang=en-US"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Chromium.driver().toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return new Browser(driver, profile);
    }

    /**
     * Returns the driver.
     *
     * @return Selenium's driver of this browser
     */
    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Opens a URL and waits for the page to load.
     *
     * @param url the URL
     */
    public void open(String url) {
        driver.get(url);
    }

    /**
     * Runs JavaScript in the page and returns its result.
     *
     * @param script the script, whose {@code return} value is returned
     * @param args the script's {@code arguments}
     * @return the result, converted by Selenium (strings, numbers, booleans, lists, maps)
     */
    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /**
     * Takes a PNG screenshot of the whole page at {@link #WIDTH} CSS pixels wide.
     *
     * @return the PNG bytes
     */
    public byte[] screenshotOfWholePage() {
        Number height = (Number) script("return Math.ceil(document.documentElement.scrollHeight)");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", WIDTH, "height", height.intValue(), "deviceScaleFactor", 1, "mobile", false));
        try {
            return driver.getScreenshotAs(OutputType.BYTES);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Quits the browser and deletes its profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind is not worth failing a test for
            }
        }
    }
}
