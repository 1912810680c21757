package com.disputedesk.demo;

import com.disputedesk.support.Browser;
import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.workspace.Preferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Regenerates docs/screenshots/ (the README shows them): the main screens at 1440 px in English and Russian.
 * Not a test: run with {@code ./mvnw -B verify -Pscreenshots} (needs Debian's chromium and chromium-driver).
 */
class WorkspaceScreenshots extends IntegrationTest {
  private static final Path OUT = Path.of("docs/screenshots");
  @Value("${local.server.port}") int port;
  @Autowired Preferences preferences;

  @Test
  void mainScreensInBothLanguages() throws Exception {
    Browser.requireChromium();
    var claimed = cases.escalated();
    // the demo's own files: a photo that shows something, a PDF the viewer opens
    api.upload(claimed.path() + "/evidence", claimed.buyer(), "empty-parcel.png", "image/png",
        DemoFiles.photo("Opened parcel: no earbuds inside", new java.awt.Color(0xC8, 0xB0, 0x8A)), "PHOTO");
    api.upload(claimed.path() + "/evidence", claimed.buyer(), "opening-report.pdf", "application/pdf",
        DemoFiles.pdf("Post office opening report: parcel RU123456789CN weighed 40 g, no item inside"), "DOCUMENT");
    cases.claimed(claimed, "mediator1");
    cases.escalated();
    cases.escalated();
    var appealed = cases.appealed("mediator2");
    String seller = Cases.unique("seller");
    var complaint = api.post("/api/v1/complaints", "reporter-s", Map.of("type", "COUNTERFEIT_PRODUCTS",
        "subReason", "FAKE_BRAND", "productUrl", "https://shop.example/item/" + seller, "accusedSellerId", seller));
    String complaintCase = api.get("/api/v1/complaints/" + complaint.id(), seller).body().path("caseId").asText();
    Map<String, List<String[]>> screens = Map.of(
        "mediator1", List.of(new String[] {"my-work", "/"}, new String[] {"mediation-queue", "/mediation"},
            new String[] {"dispute-case", "/mediation/case/" + claimed.id()}),
        "commissioner1", List.<String[]>of(new String[] {"appeal-case", "/appeals/case/" + appealed.id()}),
        "reviewer1", List.<String[]>of(new String[] {"complaint-case", "/complaints/case/" + complaintCase}),
        "opslead1", List.of(new String[] {"sla-policies", "/sla-policies"}, new String[] {"dashboard", "/dashboard"}));
    Files.createDirectories(OUT);
    for (String language : List.of("en", "ru")) {
      for (var entry : screens.entrySet()) {
        preferences.set(entry.getKey(), "language", language);
        try (Browser browser = Browser.open(port)) {
          browser.driver.manage().window().setSize(new Dimension(1440, 900));
          browser.signIn(entry.getKey());
          for (String[] screen : entry.getValue()) {
            browser.go(screen[1]);
            browser.waitFor(By.cssSelector("h2"));
            browser.settle();
            Thread.sleep(800); // lazy grids, images and the PDF viewer paint after the last round trip
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "const s = document.createElement('style'); s.textContent = 'vaadin-dev-tools, copilot-main'"
                    + " + ' { display: none !important; }'; document.head.appendChild(s);"
                    + "document.querySelectorAll('*').forEach(e => { if (e.scrollTop) e.scrollTop = 0; });");
            Files.write(OUT.resolve(screen[0] + "-" + language + ".png"),
                ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
          }
        }
        preferences.set(entry.getKey(), "language", "en");
      }
    }
  }
}
