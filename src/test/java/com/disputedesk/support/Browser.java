package com.disputedesk.support;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Selenium with explicit binaries, so nothing is downloaded. Without them a developer
 * gets a loud skip; with {@code CI=true} the tests fail instead, so CI can never skip them silently.
 */
public final class Browser implements AutoCloseable {
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String DRIVER = "/usr/bin/chromedriver";
  public final WebDriver driver;
  private final String baseUrl;

  private Browser(WebDriver driver, String baseUrl) {
    this.driver = driver;
    this.baseUrl = baseUrl;
  }

  public static void requireChromium() {
    boolean present = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
    if (present) {
      return;
    }
    String message = "Browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER
        + "): apt-get install chromium chromium-driver";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(message + ". CI=true, so this fails instead of skipping.");
    }
    System.err.println("\n!!!!! SKIPPING BROWSER TESTS !!!!! " + message + "\n");
    Assumptions.abort(message);
  }

  public static Browser open(int port) throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-US",
        "--user-data-dir=" + Files.createTempDirectory("chromium-").toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
        .usingAnyFreePort().build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return new Browser(driver, "http://localhost:" + port);
  }

  public void go(String path) {
    driver.get(baseUrl + path);
  }

  public void signIn(String user) {
    go("/login");
    WebElement name = waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
    name.sendKeys(user);
    WebElement password = driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
    password.sendKeys(user);
    password.sendKeys(org.openqa.selenium.Keys.ENTER);
    until(d -> !d.getCurrentUrl().contains("/login"));
  }

  public WebElement waitFor(By by) {
    return until(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
  }

  public <T> T until(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
  }

  /** Clicks like a user where Selenium calls an element "not interactable" (Vaadin grid cells are slotted). */
  public void click(WebElement element) {
    @SuppressWarnings("unchecked")
    var rect = (java.util.Map<String, Number>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
        "const r = arguments[0].getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + r.height / 2};",
        element);
    new org.openqa.selenium.interactions.Actions(driver)
        .moveToLocation(rect.get("x").intValue(), rect.get("y").intValue()).click().perform();
  }

  /** Clicks the grid row showing {@code text} once the grid has settled, and waits until it is selected. */
  public void selectRow(String text) {
    By cell = By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + text + "']");
    waitFor(cell);
    until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
        "const g = document.querySelector('vaadin-grid'); return !g.hasAttribute('loading') && !g.loading;")));
    click(waitFor(cell));
    until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
        "return document.querySelector('vaadin-grid').selectedItems.length === 1;")));
  }

  /** The text of the first notification shown (notifications live in an overlay outside the view). */
  public String notification() {
    return until(d -> {
      Object text = ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
          "const c = document.querySelector('vaadin-notification-card'); return c ? c.textContent : null;");
      return text == null || text.toString().isBlank() ? null : text.toString().strip();
    });
  }

  /** Waits until no Vaadin client has a server round trip in flight (what TestBench calls waitForVaadin). */
  public void settle() {
    until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
        "const f = window.Vaadin && window.Vaadin.Flow; if (!f || !f.clients) return true;"
            + " return Object.values(f.clients).every(c => !c.isActive || !c.isActive());")));
  }

  /** Picks {@code item} in the combo box found by {@code combo}: types to filter, clicks the item, waits for the value. */
  public void choose(By combo, String item) {
    WebElement box = waitFor(combo);
    WebElement input = box.findElement(By.cssSelector("input"));
    input.sendKeys(item);
    By option = By.xpath("//vaadin-combo-box-item[normalize-space(.)='" + item + "']");
    click(waitFor(option));
    until(d -> box.getAttribute("has-value") != null);
    settle();
  }

  /** Types into the input found by {@code by}, leaves it with TAB and waits for the server to take the value. */
  public void type(By by, CharSequence... keys) {
    WebElement input = waitFor(by);
    input.sendKeys(keys);
    input.sendKeys(org.openqa.selenium.Keys.TAB);
    settle();
  }

  /** Presses the button showing {@code text} like a user: scrolled into the middle of the view, then clicked. */
  public void press(String text) {
    WebElement target = button(text);
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
        target);
    settle();
    click(target);
  }

  /** A Vaadin button by its visible text. */
  public WebElement button(String text) {
    return waitFor(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']"));
  }

  /** Saves what the browser shows to target/browser-NAME.png (for a failing test's report). */
  public void snapshot(String name) {
    try {
      byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
      Files.write(java.nio.file.Path.of("target", "browser-" + name + ".png"), png);
    } catch (Exception e) {
      System.err.println("Could not save a screenshot: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
