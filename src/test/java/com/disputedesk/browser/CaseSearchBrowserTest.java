package com.disputedesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.dispute.DisputeStatus;
import com.disputedesk.dispute.Disputes;
import com.disputedesk.support.Browser;
import com.disputedesk.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A buyer writes about last month's decision: in a real Chromium a mediator presses {@code /}, types the order of
 * the closed dispute, opens it, opens the buyer's record, and downloads the case file.
 */
class CaseSearchBrowserTest extends IntegrationTest {
  @Value("${local.server.port}") int port;
  @Autowired Disputes disputes;

  @BeforeAll
  static void chromium() {
    Browser.requireChromium();
  }

  @Test
  void aMediatorFindsAClosedDisputeByItsOrderOpensTheBuyersRecordAndDownloadsTheCaseFile() throws Exception {
    var d = cases.decided("mediator1");
    String order = disputes.get(d.id()).orderId();
    time.travelTo(disputes.get(d.id()).appealDueAt().plusSeconds(60));
    time.runDueJobs();
    assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.CLOSED);
    try (Browser browser = Browser.open(port)) {
      try {
        browser.signIn("mediator2");
        browser.waitFor(By.tagName("vaadin-side-nav"));
        browser.settle();
        new Actions(browser.driver).sendKeys("/").perform();
        browser.until(drv -> drv.getCurrentUrl().contains("/cases"));
        WebElement search = browser.waitFor(By.cssSelector(".dd-case-search input"));
        browser.until(drv -> search.equals(drv.switchTo().activeElement()));
        search.sendKeys(order);
        browser.until(drv -> drv.getCurrentUrl().contains("q=" + order));
        browser.selectRow(order);
        browser.until(drv -> drv.getCurrentUrl().contains("/mediation/case/" + d.id()));
        browser.waitFor(By.xpath("//*[contains(@class,'dd-badge') and normalize-space(.)='Closed']"));

        browser.click(browser.waitFor(By.xpath("//a[contains(@class,'dd-party-link') and contains(., '"
            + d.buyer() + "')]")));
        browser.until(drv -> drv.getCurrentUrl().contains("/parties/" + d.buyer()));
        browser.waitFor(By.xpath("//p[normalize-space(.)='Disputes opened: 1 (open now: 0)']"));

        browser.driver.navigate().back();
        WebElement dossier = browser.waitFor(By.xpath("//a[contains(@class,'dd-export') and contains(., 'PDF')]"));
        @SuppressWarnings("unchecked")
        var answer = (Map<String, Object>) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
            const done = arguments[arguments.length - 1];
            fetch(arguments[0].href).then(async r => {
              const bytes = new Uint8Array(await r.arrayBuffer());
              done({status: r.status, type: r.headers.get('content-type'),
                    disposition: r.headers.get('content-disposition'),
                    magic: String.fromCharCode(...bytes.slice(0, 5)), size: bytes.length});
            }).catch(e => done({error: String(e)}));""", dossier);
        assertThat(answer.get("status")).isEqualTo(200L);
        assertThat(answer.get("type")).isEqualTo("application/pdf");
        assertThat((String) answer.get("disposition")).startsWith("attachment").contains(order);
        assertThat(answer.get("magic")).isEqualTo("%PDF-");
        browser.snapshot("case-search");
      } catch (RuntimeException | AssertionError e) {
        browser.snapshot("case-search-failed");
        throw e;
      }
    }
  }
}
