package com.disputedesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.Browser;
import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Value;

/** In a real Chromium: a reviewer upholds a complaint with a listing removal; the seller sees it through the API. */
class ComplaintReviewerBrowserTest extends IntegrationTest {
  @Value("${local.server.port}") int port;

  @BeforeAll
  static void chromium() {
    Browser.requireChromium();
  }

  @Test
  void aReviewerUpholdsAComplaintWithListingRemoval() throws Exception {
    String seller = Cases.unique("seller");
    var filed = api.post("/api/v1/complaints", "reporter-browser", Map.of("type", "COUNTERFEIT_PRODUCTS",
        "subReason", "FAKE_BRAND", "productUrl", "https://shop.example/item/" + seller, "accusedSellerId", seller,
        "description", "The logo is misspelled."));
    api.post("/api/v1/complaints/" + filed.id() + "/response", seller, Map.of("message", "It is the original."));
    try (Browser browser = Browser.open(port)) {
      try {
        browser.signIn("reviewer1");
        browser.go("/complaints");
        browser.waitFor(By.cssSelector("vaadin-text-field input")).sendKeys(seller);
        browser.until(drv -> drv.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
            .filter(c -> c.getText().equals(seller)).count() == 1);
        browser.selectRow(seller);
        browser.button("Claim (c)").click();
        browser.until(drv -> drv.getCurrentUrl().contains("/complaints/case/"));
        browser.waitFor(By.xpath("//vaadin-radio-button[contains(normalize-space(.),'Uphold')]")).click();
        browser.settle();
        browser.click(browser.waitFor(By.id("sanction")));
        browser.click(browser.waitFor(By.xpath("//vaadin-select-item[normalize-space(.)='Listing removal']")));
        browser.settle();
        browser.type(By.cssSelector("vaadin-text-area textarea"), "The brand owner confirms the logo is fake.");
        browser.snapshot("complaint-decision");
        browser.press("Decide");
        browser.press("Yes, decide"); // a sanction is confirmed first
        browser.until(drv -> drv.getCurrentUrl().endsWith("/complaints"));
      } catch (Exception | AssertionError e) {
        browser.snapshot("complaint");
        throw e;
      }
    }
    var seen = api.get("/api/v1/complaints?against=me", seller).body().get(0);
    assertThat(seen.get("statusText").asText()).isEqualTo("resolved");
    assertThat(seen.at("/result/outcome").asText()).isEqualTo("UPHELD");
    assertThat(seen.at("/result/sanction").asText()).isEqualTo("LISTING_REMOVAL");
  }
}
