package com.disputedesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.dispute.DisputeStatus;
import com.disputedesk.dispute.Disputes;
import com.disputedesk.mediation.MediatorDesk;
import com.disputedesk.support.Browser;
import com.disputedesk.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The journeys that matter, in a real Chromium: find, claim, weigh and decide a dispute. */
class MediatorJourneyBrowserTest extends IntegrationTest {
  @Value("${local.server.port}") int port;
  @Autowired Disputes disputes;
  @Autowired MediatorDesk desk;

  @BeforeAll
  static void chromium() {
    Browser.requireChromium();
  }

  @Test
  void aMediatorFindsClaimsAndDecidesAPartialRefund() throws Exception {
    var d = cases.escalated();
    String orderId = disputes.get(d.id()).orderId();
    api.upload(d.path() + "/evidence", d.buyer(), "empty-parcel.png", "image/png",
        com.disputedesk.dispute.EvidenceFiles.png(), "PHOTO");
    try (Browser browser = Browser.open(port)) {
      try {
        decide(browser, d, orderId);
      } catch (Exception | AssertionError e) {
        browser.snapshot("decide");
        throw e;
      }
    }
  }

  private void decide(Browser browser, com.disputedesk.support.Cases.Dispute d, String orderId) throws Exception {
    {
      browser.signIn("mediator1");
      browser.go("/mediation");
      searchQueue(browser, orderId);
      browser.selectRow(orderId);
      browser.button("Claim (c)").click();

      browser.until(drv -> drv.getCurrentUrl().contains("/mediation/case/" + d.id()));
      // the evidence gallery shows the buyer's photo inline with its fingerprint
      assertThat(browser.waitFor(By.cssSelector(".dd-evidence img")).getAttribute("src")).isNotBlank();
      assertThat(browser.waitFor(By.cssSelector(".dd-evidence-meta")).getText()).contains("SHA-256").contains("PNG image").contains("bytes");
      browser.waitFor(By.xpath("//vaadin-radio-button[normalize-space(.)='Partial refund']")).click();
      browser.settle();
      browser.type(By.cssSelector("vaadin-big-decimal-field input"), "2500.00");
      browser.choose(By.cssSelector("vaadin-combo-box"), "Not as described, confirmed");
      browser.type(By.cssSelector("vaadin-text-area textarea"), "The colour differs from the listing photos.");
      browser.until(drv -> drv.findElement(By.cssSelector(".dd-preview")).getText().contains("2"));
      browser.snapshot("decision-form"); // kept in target/ for whoever reviews the workspace
      browser.press("Decide");
      browser.waitFor(By.xpath("//vaadin-button[@slot='confirm-button']")).click();

      browser.until(drv -> drv.getCurrentUrl().contains("/mediation") && !drv.getCurrentUrl().contains("/case/"));
      assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.RESOLVED);
      assertThat(disputes.get(d.id()).decision().amount()).isEqualByComparingTo("2500.00");
      assertThat(desk.open(d.id()).openTask()).isEmpty();
    }
  }

  @Test
  void theSecondMediatorLosesTheClaimRaceWithAClearMessage() throws Exception {
    var d = cases.escalated();
    String orderId = disputes.get(d.id()).orderId();
    try (Browser browser = Browser.open(port)) {
      try {
        loseRace(browser, d, orderId);
      } catch (RuntimeException | AssertionError e) {
        browser.snapshot("race");
        throw e;
      }
    }
  }

  private void loseRace(Browser browser, com.disputedesk.support.Cases.Dispute d, String orderId) {
    {
      browser.signIn("mediator2");
      browser.go("/mediation");
      searchQueue(browser, orderId);
      browser.selectRow(orderId);
      cases.claimed(d, "mediator1"); // someone else is faster
      browser.button("Claim (c)").click();
      assertThat(browser.notification()).contains("mediator1 has claimed this case");
      assertThat(cases.task(d.id()).assignee()).isEqualTo("mediator1");
    }
  }

  /** Types into the queue's search and waits until the filtered grid shows just that order. */
  private static void searchQueue(Browser browser, String orderId) {
    browser.waitFor(By.cssSelector("vaadin-text-field input")).sendKeys(orderId);
    browser.until(drv -> drv.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
        .filter(c -> c.getText().startsWith("ORD-")).count() == 1);
  }

  /** Cockpit and Admin for the administrator only (DOMAIN.md's actor table), each role signed in for real. */
  @Test
  void onlyTheAdministratorReachesTheCamundaWebapps() throws Exception {
    java.util.Map<String, Long> statusByUser = new java.util.TreeMap<>();
    for (String user : java.util.List.of("mediator1", "commissioner2", "senior1", "reviewer1", "opslead1", "admin")) {
      try (Browser browser = Browser.open(port)) {
        browser.signIn(user);
        browser.go("/camunda/app/cockpit/default/"); // Cockpit takes over the workspace login here, if allowed
        browser.waitFor(By.tagName("body"));
        if (user.equals("admin")) {
          browser.until(drv -> drv.getTitle().contains("Cockpit"));
        }
        Object status = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
            "const done = arguments[0]; fetch('/camunda/api/admin/auth/user/default', {redirect: 'manual'})"
                + ".then(r => done(r.status)).catch(e => done(-1));");
        statusByUser.put(user, ((Number) status).longValue());
      }
    }
    assertThat(statusByUser).containsEntry("admin", 200L);
    statusByUser.remove("admin");
    assertThat(statusByUser.values()).as("every other role: " + statusByUser).containsOnly(403L);
  }

  @Test
  void anAdministratorOpensCockpitWithTheWorkspaceLogin() throws Exception {
    try (Browser browser = Browser.open(port)) {
      try {
        browser.signIn("admin");
        browser.go("/camunda/app/cockpit/default/");
        browser.until(drv -> drv.getTitle().contains("Cockpit"));
        browser.go("/camunda/api/admin/auth/user/default");
        String body = browser.waitFor(By.tagName("body")).getText();
        assertThat(body).contains("\"userId\":\"admin\"").contains("cockpit").contains("admin");
      } catch (RuntimeException | AssertionError e) {
        browser.snapshot("cockpit");
        throw e;
      }
    }
  }
}
