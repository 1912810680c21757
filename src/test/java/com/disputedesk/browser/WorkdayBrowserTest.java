package com.disputedesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.dispute.DisputeStatus;
import com.disputedesk.dispute.Disputes;
import com.disputedesk.support.Browser;
import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.RussianText;
import com.disputedesk.workspace.Preferences;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A working day in a real Chromium: a PDF previews inline, three cases decided in a row with the next-case key and
 * the keyboard only, a filtered queue survives a reload, and the Russian screens speak Russian.
 */
class WorkdayBrowserTest extends IntegrationTest {
  @Value("${local.server.port}") int port;
  @Autowired Disputes disputes;
  @Autowired Preferences preferences;

  @BeforeAll
  static void chromium() {
    Browser.requireChromium();
  }

  @AfterEach
  void english() {
    for (String user : List.of("mediator1", "commissioner1", "reviewer1", "opslead1")) {
      preferences.set(user, "language", "en");
    }
  }

  @Test
  void aPdfPreviewsInlineInTheCaseView() throws Exception {
    var d = cases.escalated();
    api.upload(d.path() + "/evidence", d.buyer(), "opening-report.pdf", "application/pdf",
        com.disputedesk.dispute.EvidenceFiles.pdf(), "DOCUMENT");
    try (Browser browser = Browser.open(port)) {
      try {
        browser.signIn("mediator1");
        browser.go("/mediation/case/" + d.id());
        WebElement frame = browser.waitFor(By.cssSelector("iframe.dd-doc-preview"));
        browser.driver.switchTo().frame(frame);
        // the frame holds the document itself, not Chromium's "refused to connect" error page
        browser.until(drv -> "application/pdf".equals(((JavascriptExecutor) drv).executeScript(
            "return document.contentType;")));
        browser.driver.switchTo().defaultContent();
        browser.snapshot("pdf-preview");
      } catch (RuntimeException | AssertionError e) {
        browser.snapshot("pdf");
        throw e;
      }
    }
  }

  @Test
  void aMediatorWorksThreeCasesInARowWithTheNextCaseKeyAndTheKeyboardOnly() throws Exception {
    String batch = Cases.unique("KEYS");
    List<Cases.Dispute> three = List.of(cases.escalated(batch + "-1"), cases.escalated(batch + "-2"),
        cases.escalated(batch + "-3"));
    try (Browser browser = Browser.open(port)) {
      try {
        browser.signIn("mediator1");
        browser.go("/mediation?q=" + batch.toLowerCase());
        browser.until(drv -> rows(browser, batch) == 3);
        for (int i = 0; i < 3; i++) {
          int left = 3 - i;
          browser.until(drv -> rows(browser, batch) == left);
          browser.settle();
          new Actions(browser.driver).sendKeys("n").perform(); // the grid has the focus: n claims the next case
          browser.until(drv -> drv.getCurrentUrl().contains("/mediation/case/"));
          decideWithKeys(browser);
          browser.until(drv -> drv.getCurrentUrl().contains("/mediation?q=" + batch.toLowerCase()));
        }
      } catch (RuntimeException | AssertionError e) {
        browser.snapshot("three-cases");
        throw e;
      }
    }
    for (var d : three) {
      assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.RESOLVED);
    }
  }

  /** Full refund, reason, explanation, Decide, confirm: typed and pressed, never clicked. */
  private static void decideWithKeys(Browser browser) {
    WebElement full = browser.waitFor(By.xpath("//vaadin-radio-button[normalize-space(.)='Full refund']"));
    // the keyboard's way into a radio group: focus its input (as Tab would), then Space
    ((JavascriptExecutor) browser.driver).executeScript("(arguments[0].querySelector('input')"
        + " || arguments[0].shadowRoot.querySelector('input')).focus();", full);
    new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
    browser.settle();
    WebElement reason = browser.waitFor(By.cssSelector("vaadin-combo-box input"));
    reason.sendKeys("Not delivered");
    browser.until(drv -> !drv.findElements(By.xpath("//vaadin-combo-box-item[normalize-space(.)='Not delivered']"))
        .isEmpty());
    reason.sendKeys(Keys.ENTER);
    browser.settle();
    browser.type(By.cssSelector("vaadin-text-area textarea"), "Tracking shows no delivery scan at all.");
    browser.until(drv -> drv.findElement(By.xpath("//vaadin-button[normalize-space(.)='Decide']"))
        .getAttribute("disabled") == null);
    browser.button("Decide").sendKeys(Keys.ENTER);
    WebElement confirm = browser.waitFor(By.xpath("//vaadin-button[@slot='confirm-button']"));
    confirm.sendKeys(Keys.ENTER);
  }

  private static long rows(Browser browser, String batch) {
    return browser.driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
        .filter(c -> c.getText().startsWith(batch)).count();
  }

  @Test
  void aReloadedFilteredQueueShowsTheSameRows() throws Exception {
    String batch = Cases.unique("RELOAD");
    cases.escalated(batch + "-1");
    cases.escalated(batch + "-2");
    try (Browser browser = Browser.open(port)) {
      try {
        browser.signIn("mediator1");
        browser.go("/mediation");
        browser.waitFor(By.cssSelector("vaadin-text-field input")).sendKeys(batch);
        browser.until(drv -> drv.getCurrentUrl().contains("q=" + batch));
        browser.until(drv -> rows(browser, batch) == 2);
        browser.driver.navigate().refresh();
        browser.until(drv -> rows(browser, batch) == 2);
        assertThat(browser.driver.getCurrentUrl()).contains("q=" + batch);
        assertThat(browser.waitFor(By.cssSelector("vaadin-text-field input")).getAttribute("value")).isEqualTo(batch);
      } catch (RuntimeException | AssertionError e) {
        browser.snapshot("reload");
        throw e;
      }
    }
  }

  @Test
  void anUnknownAddressShowsTheWorkspacesNotFoundPageWithA404() throws Exception {
    try (Browser browser = Browser.open(port)) {
      browser.signIn("mediator1");
      browser.go("/no-such-screen");
      assertThat(browser.waitFor(By.cssSelector("h2")).getText()).isNotBlank();
      assertThat(browser.driver.findElements(By.cssSelector("vaadin-side-nav-item"))).as("with the menu").isNotEmpty();
      // the status the browser got for that page (the navigation timing of the document itself)
      Object status = ((JavascriptExecutor) browser.driver).executeScript(
          "return performance.getEntriesByType('navigation')[0].responseStatus;");
      assertThat(status).hasToString("404");
    }
  }

  @Test
  void theRussianScreensShowNoEnglishOfTheirOwn() throws Exception {
    var decided = cases.escalated();
    cases.claimed(decided, "mediator1");
    var appealed = cases.appealed("mediator2");
    java.util.UUID complaintCase = cases.answeredComplaintCase();
    Map<String, List<String>> screens = Map.of(
        "mediator1", List.of("/mediation", "/mediation/case/" + decided.id()),
        "commissioner1", List.of("/appeals", "/appeals/case/" + appealed.id()),
        "reviewer1", List.of("/complaints", "/complaints/case/" + complaintCase),
        "opslead1", List.of("/sla-policies", "/dashboard"));
    List<String> leaks = new ArrayList<>();
    for (var screen : screens.entrySet()) {
      preferences.set(screen.getKey(), "language", "ru");
      try (Browser browser = Browser.open(port)) {
        browser.signIn(screen.getKey());
        for (String path : screen.getValue()) {
          browser.go(path);
          browser.waitFor(By.cssSelector("h2"));
          browser.settle();
          String text = browser.driver.findElement(By.tagName("body")).getText();
          RussianText.leaks(text).forEach(l -> leaks.add(path + ": " + l));
          assertThat(text).as(path + " is in Russian").containsPattern("[а-яА-Я]{4,}");
        }
      }
    }
    assertThat(leaks).isEmpty();
  }
}
