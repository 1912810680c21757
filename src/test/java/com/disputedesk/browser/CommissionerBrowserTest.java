package com.disputedesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.dispute.DisputeStatus;
import com.disputedesk.dispute.Disputes;
import com.disputedesk.support.Browser;
import com.disputedesk.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** In a real Chromium: commissioner1 overturns an appeal; after time travel the buyer's coupons are in the API. */
class CommissionerBrowserTest extends IntegrationTest {
  @Value("${local.server.port}") int port;
  @Autowired Disputes disputes;

  @BeforeAll
  static void chromium() {
    Browser.requireChromium();
  }

  @Test
  void commissionerOverturnsAnAppealAndTheBuyersCouponsAppearAfterTheIssueDelay() throws Exception {
    var d = cases.appealed("mediator2");
    String orderId = disputes.get(d.id()).orderId();
    try (Browser browser = Browser.open(port)) {
      try {
        browser.signIn("commissioner1");
        browser.go("/appeals");
        browser.waitFor(By.cssSelector("vaadin-text-field input")).sendKeys(orderId);
        browser.until(drv -> drv.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
            .filter(c -> c.getText().startsWith("ORD-")).count() == 1);
        browser.selectRow(orderId);
        browser.button("Claim (c)").click();

        browser.until(drv -> drv.getCurrentUrl().contains("/appeals/case/" + d.id()));
        assertThat(browser.waitFor(By.xpath("//h3[normalize-space(.)=\"The mediator's decision\"]"))).isNotNull();
        browser.waitFor(By.xpath("//vaadin-radio-button[contains(normalize-space(.),'Overturn')]")).click();
        browser.settle();
        browser.type(By.cssSelector("vaadin-big-decimal-field input"), "20.00");
        browser.type(By.cssSelector("vaadin-text-area textarea"), "The postal opening report proves the parcel was empty.");
        browser.until(drv -> drv.findElement(By.cssSelector(".dd-preview")).getText().contains("20"));
        browser.snapshot("appeal-form");
        browser.press("Decide appeal");
        browser.waitFor(By.xpath("//vaadin-button[@slot='confirm-button']")).click();
        browser.until(drv -> drv.getCurrentUrl().endsWith("/appeals"));
      } catch (Exception | AssertionError e) {
        browser.snapshot("appeal");
        throw e;
      }
    }
    assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.APPEAL_OVERTURNED);
    assertThat(coupons(d)).isEmpty();
    time.travelTo(Instant.parse(api.get(d.path(), d.buyer()).body().at("/appeal/result/couponsCreditedFrom")
        .asText()));
    assertThat(coupons(d)).singleElement().satisfies(c -> {
      assertThat(c.at("/value/amount").asText()).isEqualTo("20.00");
      assertThat(c.get("status").asText()).isEqualTo("ACTIVE");
    });
  }

  private java.util.List<JsonNode> coupons(com.disputedesk.support.Cases.Dispute d) {
    return StreamSupport.stream(api.get("/api/v1/buyers/" + d.buyer() + "/coupons", d.buyer()).body().spliterator(),
        false).toList();
  }
}
