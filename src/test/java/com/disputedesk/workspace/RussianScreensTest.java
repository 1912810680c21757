package com.disputedesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.dispute.Disputes;
import com.disputedesk.support.Cases;
import com.disputedesk.support.KaribuTest;
import com.disputedesk.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Russian workspace shows no English of its own: on the queue, case, appeal, complaint, SLA and dashboard screens
 * no text is an English-only bundle text, and no code (EMPTY_PACKAGE, ESCALATED, BUYER) is shown as is. Parties'
 * own words (English by DOMAIN.md §1) are data, not checked.
 */
class RussianScreensTest extends KaribuTest {
  private static int checked;
  @Autowired Disputes disputes;



  @Test
  void everyMainScreenSpeaksRussian() throws Exception {
    var escalated = cases.escalated();
    cases.claimed(escalated, "mediator1");
    var appealed = cases.appealed("mediator2");
    java.util.UUID complaintCase = cases.answeredComplaintCase();
    List<String> found = new ArrayList<>();

    KaribuSupport.signIn("mediator1", "MEDIATOR");
    found.addAll(englishOn("mediation"));
    found.addAll(englishOn("mediation/case/" + escalated.id()));
    found.addAll(englishOn("mediation/case/" + appealed.id()));
    KaribuSupport.signIn("commissioner1", "COMMISSIONER");
    found.addAll(englishOn("appeals"));
    found.addAll(englishOn("appeals/case/" + appealed.id()));
    KaribuSupport.signIn("reviewer1", "COMPLAINT_REVIEWER");
    found.addAll(englishOn("complaints"));
    found.addAll(englishOn("complaints/case/" + complaintCase));
    KaribuSupport.signIn("opslead1", "OPS_LEAD");
    found.addAll(englishOn("sla-policies"));
    found.addAll(englishOn("dashboard"));
    found.addAll(englishOn(""));

    assertThat(found).as("English or codes on the Russian screens").isEmpty();
    assertThat(checked).as("texts read on the screens").isGreaterThan(300);
  }

  private static List<String> englishOn(String route) {
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
      if (com.disputedesk.support.RussianText.isEnglishOnly(t)
          || !com.disputedesk.support.RussianText.leaks(t).isEmpty()) {
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
}
