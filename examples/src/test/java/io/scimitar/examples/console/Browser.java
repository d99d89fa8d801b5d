package io.scimitar.examples.console;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by its own chromedriver through Selenium WebDriver. Both
 * binaries are named explicitly ({@code CHROMIUM_BINARY} and {@code CHROMEDRIVER} override
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}), so Selenium Manager never
 * looks for, or downloads, a browser. Without them the tests skip, except where
 * {@code SCIMITAR_REQUIRE_BROWSER} or {@code SCIMITAR_REQUIRE_DATABASES} is {@code true}
 * (CI), where they fail.
 */
final class Browser implements AutoCloseable {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(15);

  final ChromeDriver driver;
  final Path downloads;
  private final WebDriverWait wait;

  private Browser(ChromeDriver driver, Path downloads) {
    this.driver = driver;
    this.downloads = downloads;
    // The console re-renders a page after each change: an element found a moment ago may be
    // replaced before it is read, so the waits look again instead of failing.
    this.wait = new WebDriverWait(driver, WAIT);
    wait.ignoring(StaleElementReferenceException.class);
  }

  /** Starts the browser at 1280×800, or skips (fails in CI) when it is not installed. */
  static Browser start() throws IOException {
    Path chromium = Path.of(env("CHROMIUM_BINARY", "/usr/bin/chromium"));
    Path chromedriver = Path.of(env("CHROMEDRIVER", "/usr/bin/chromedriver"));
    boolean installed = Files.isExecutable(chromium) && Files.isExecutable(chromedriver);
    if (!installed) {
      String missing = "headless Chromium needs " + chromium + " and " + chromedriver
          + " (Debian packages chromium and chromium-driver)";
      if (required()) {
        fail(missing);
      }
      assumeTrue(false, missing);
    }
    Path downloads = Files.createTempDirectory("scimitar-console-downloads");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
        "--disable-gpu", "--window-size=1280,800", "--lang=en-US", "--no-first-run",
        "--disable-extensions", "--disable-background-networking", "--disable-sync",
        "--disable-component-update", "--disable-default-apps");
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloads.toAbsolutePath().toString(),
        "download.prompt_for_download", false,
        "safebrowsing.enabled", false));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.toFile())
        .usingAnyFreePort()
        .build();
    Browser browser = new Browser(new ChromeDriver(service, options), downloads);
    browser.viewport(1280, 800);
    return browser;
  }

  private static boolean required() {
    return "true".equalsIgnoreCase(System.getenv("SCIMITAR_REQUIRE_BROWSER"))
        || "true".equalsIgnoreCase(System.getenv("SCIMITAR_REQUIRE_DATABASES"));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** Sizes the window so that the page itself, without the browser's frame, has this size. */
  void viewport(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    Object frame = driver.executeScript("return window.outerHeight - window.innerHeight;");
    int extra = frame instanceof Number number ? number.intValue() : 0;
    driver.manage().window().setSize(new Dimension(width, height + extra));
  }

  WebElement waitFor(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** The text of the element, once it is there (read again if the page replaced it). */
  String textOf(By by) {
    return wait.until(driver -> {
      WebElement element = driver.findElement(by);
      return element.isDisplayed() ? element.getText() : null;
    });
  }

  void waitForText(By by, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  void waitUntil(java.util.function.Function<ChromeDriver, Boolean> condition) {
    wait.until(driver -> condition.apply((ChromeDriver) driver));
  }

  /** Saves the page as {@code target/screenshots/<name>.png}. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
