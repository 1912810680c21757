package com.disputedesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.dispute.Disputes;
import com.disputedesk.sla.SlaCalendar;
import com.disputedesk.sla.SlaPolicies;
import com.disputedesk.support.Browser;
import com.disputedesk.support.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** An operations lead shortens a policy, reads the preview, applies it to running cases and sees it finish. */
class OpsLeadBrowserTest extends IntegrationTest {
  @Value("${local.server.port}") int port;
  @Autowired SlaPolicies policies;
  @Autowired Disputes disputes;

  @BeforeAll
  static void chromium() {
    Browser.requireChromium();
  }

  @AfterEach
  void restore() {
    policies.update("negotiation", "P15D", SlaCalendar.CALENDAR_DAYS, "test");
  }

  @Test
  void editPreviewAndApplyToRunningCases() throws Exception {
    time.freeze(); // the dispute's opening and its timer's start are then the same instant
    var d = cases.open();
    try (Browser browser = Browser.open(port)) {
      try {
        browser.signIn("opslead1");
        browser.go("/sla-policies");
        browser.until(drv -> drv.findElements(By.xpath("//vaadin-button[normalize-space(.)='Edit']")).size() == 12);
        WebElement edit = browser.driver.findElements(By.xpath("//vaadin-button[normalize-space(.)='Edit']")).get(11);
        edit.click();
        WebElement duration = browser.waitFor(By.xpath("//vaadin-integer-field[.//label[normalize-space(.)='Duration']]//input"));
        duration.sendKeys(Keys.chord(Keys.CONTROL, "a"), "10", Keys.TAB);
        browser.until(drv -> drv.findElement(By.cssSelector(".dd-preview")).getText().contains("would move: 1;"));
        browser.snapshot("sla-preview");
        browser.button("Save and re-time running cases").click();
        assertThat(browser.notification()).contains("running timers moved");
        assertThat(disputes.get(d.id()).negotiationDueAt())
            .isEqualTo(disputes.get(d.id()).openedAt().plus(Duration.ofDays(10)));
      } catch (RuntimeException | AssertionError e) {
        browser.snapshot("opslead");
        throw e;
      }
    }
  }
}
