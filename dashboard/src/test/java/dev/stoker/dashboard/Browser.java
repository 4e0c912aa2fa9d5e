package dev.stoker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's chromium and chromium-driver, named by path so that nothing is
 * downloaded), one per test class, with a fresh profile; it saves screenshots under target/.
 */
final class Browser implements AutoCloseable {

  private static final Duration PATIENCE = Duration.ofSeconds(45);
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final Path profile;
  private final ChromeDriver driver;

  Browser() {
    try {
      profile = Files.createTempDirectory("stoker-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        "--user-data-dir=" + profile);
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    driver = new ChromeDriver(service, options);
  }

  WebDriver driver() {
    return driver;
  }

  void open(String url) {
    driver.get(url);
  }

  WebElement find(String css) {
    return until("an element " + css + " is on the page", d -> first(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  private WebElement first(String css) {
    List<WebElement> found = driver.findElements(By.cssSelector(css));
    return found.isEmpty() ? null : found.getFirst();
  }

  /**
   * Waits until the condition gives something other than null or false. The live parts of a page
   * replace their elements as they refresh: a condition that meets a replaced one is tried again.
   */
  <T> T until(String what, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, PATIENCE)
        .withMessage(() -> "waiting until " + what + " on " + driver.getCurrentUrl())
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              try {
                return condition.apply(d);
              } catch (WebDriverException e) {
                // Chromium says so, instead of "stale", of an element replaced mid-command.
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                  return null;
                }
                throw e;
              }
            });
  }

  /** Reloads the page until the condition holds. */
  void reloadUntilTrue(String what, BooleanSupplier condition) {
    until(
        what,
        d -> {
          if (condition.getAsBoolean()) {
            return true;
          }
          d.navigate().refresh();
          return false;
        });
  }

  /** Reloads the page until the element's text contains the words. */
  void reloadUntil(String css, String words) {
    reloadUntilTrue(
        css + " says '" + words + "'",
        () -> {
          WebElement element = first(css);
          return element != null && element.getText().contains(words);
        });
  }

  /** The console's errors since the last call. */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  void assertNoConsoleErrors() {
    assertThat(consoleErrors()).as("console errors on " + driver.getCurrentUrl()).isEmpty();
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A temporary profile left behind does no harm.
    }
  }
}
