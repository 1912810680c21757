package com.disputedesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.dispute.Disputes;
import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The Russian workspace shows no English of its own: on the queue, case, appeal, complaint, SLA and dashboard screens
 * no text is an English-only bundle text, and no code (EMPTY_PACKAGE, ESCALATED, BUYER) is shown as is. Parties'
 * own words (English by DOMAIN.md §1) are data, not checked.
 */
class RussianScreensTest extends IntegrationTest {
  private static final Pattern CODE = Pattern.compile("\\b[A-Z]{3,}(_[A-Z]+)+\\b|\\b\\d+d \\d+h\\b|\\b\\d+h \\d+m\\b");
  private static int checked;
  @Autowired ApplicationContext context;
  @Autowired Disputes disputes;

  @BeforeEach
  void startVaadin() {
    KaribuSupport.start(context);
  }

  @AfterEach
  void stopVaadin() {
    KaribuSupport.stop();
  }

  @Test
  void everyMainScreenSpeaksRussian() throws Exception {
    var escalated = cases.escalated();
    cases.claimed(escalated, "mediator1");
    var appealed = cases.appealed("mediator2");
    String seller = Cases.unique("seller");
    var complaint = api.post("/api/v1/complaints", "reporter-r", Map.of("type", "OFF_PLATFORM_TRADING",
        "subReason", "PAYMENT_OUTSIDE_PLATFORM", "productUrl", "https://shop.example/item/" + seller,
        "accusedSellerId", seller));
    api.post("/api/v1/complaints/" + complaint.id() + "/response", seller, Map.of("message", "No contact details."));
    Set<String> englishOnly = englishOnlyTexts();
    List<String> found = new ArrayList<>();

    KaribuSupport.signIn("mediator1", "MEDIATOR");
    found.addAll(englishOn("mediation", englishOnly));
    found.addAll(englishOn("mediation/case/" + escalated.id(), englishOnly));
    found.addAll(englishOn("mediation/case/" + appealed.id(), englishOnly));
    KaribuSupport.signIn("commissioner1", "COMMISSIONER");
    found.addAll(englishOn("appeals", englishOnly));
    found.addAll(englishOn("appeals/case/" + appealed.id(), englishOnly));
    KaribuSupport.signIn("reviewer1", "COMPLAINT_REVIEWER");
    found.addAll(englishOn("complaints", englishOnly));
    String caseId = api.get("/api/v1/complaints/" + complaint.id(), seller).body().path("caseId").asText();
    if (!caseId.isBlank()) {
      found.addAll(englishOn("complaints/case/" + caseId, englishOnly));
    }
    KaribuSupport.signIn("opslead1", "OPS_LEAD");
    found.addAll(englishOn("sla-policies", englishOnly));
    found.addAll(englishOn("dashboard", englishOnly));
    found.addAll(englishOn("", englishOnly));

    assertThat(found).as("English or codes on the Russian screens").isEmpty();
    assertThat(checked).as("texts read on the screens").isGreaterThan(300);
  }

  private static List<String> englishOn(String route, Set<String> englishOnly) {
    UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
    UI.getCurrent().navigate(route);
    assertThat(KaribuSupport.currentView().getSimpleName()).as("/" + route + " opens its view")
        .doesNotContain("Error").doesNotContain("NotFound").doesNotContain("NotAllowed");
    List<String> texts = new ArrayList<>();
    collect(UI.getCurrent(), texts);
    List<String> found = new ArrayList<>();
    checked += texts.size();
    for (String text : texts) {
      String t = text.strip();
      if (englishOnly.contains(t) || CODE.matcher(t).find()) {
        found.add("/" + route + ": " + t);
      }
    }
    return found;
  }

  /** The texts a user reads: own text of each element, labels, placeholders, titles, grid headers and cells. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void collect(Component component, List<String> texts) {
    var element = component.getElement();
    if (!component.isVisible()) {
      return;
    }
    texts.add(element.getText());
    for (String property : List.of("label", "placeholder", "helperText", "errorMessage", "title")) {
      String value = element.getProperty(property);
      if (value != null) {
        texts.add(value);
      }
      if (element.hasAttribute(property)) {
        texts.add(element.getAttribute(property));
      }
    }
    if (component instanceof Grid grid) {
      ((List<Grid.Column>) grid.getColumns()).forEach(c -> texts.add(c.getHeaderText() == null ? "" : c.getHeaderText()));
      int rows = Math.min(GridKt._size(grid), 5);
      for (int i = 0; i < rows; i++) {
        texts.addAll(GridKt._getFormattedRow(grid, i));
      }
    }
    component.getChildren().forEach(child -> collect(child, texts));
  }

  /** Texts of the English bundle whose Russian text differs: seeing one on a Russian screen is a leak. */
  private static Set<String> englishOnlyTexts() throws Exception {
    Properties en = MessageBundlesTest.load("translations.properties");
    Properties ru = MessageBundlesTest.load("translations_ru.properties");
    Set<String> texts = new TreeSet<>();
    for (String key : en.stringPropertyNames()) {
      String english = en.getProperty(key).strip();
      if (!english.equals(ru.getProperty(key, "").strip()) && english.matches(".*[a-z]{3,}.*")
          && !english.contains("{")) {
        texts.add(english);
      }
    }
    return texts;
  }
}
