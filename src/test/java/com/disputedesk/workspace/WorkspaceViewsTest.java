package com.disputedesk.workspace;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.KaribuTest;
import com.disputedesk.support.KaribuSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The workspace's other screens and who may open them, without a browser (Karibu). */
class WorkspaceViewsTest extends KaribuTest {



  @Test
  void myWorkShowsTheMediatorTheirQueueWithItsSize() {
    cases.escalated();
    KaribuSupport.signIn("mediator1", "MEDIATOR");
    UI.getCurrent().navigate("");
    assertThat(KaribuSupport.currentView().getSimpleName()).isEqualTo("MyWorkView");
    assertThat(_find(Anchor.class)).extracting(Anchor::getHref).contains("mediation");
  }

  @Test
  void administratorsSeeOutgoingEmailsAndOthersDoNot() {
    cases.open();
    KaribuSupport.signIn("admin", "ADMIN");
    UI.getCurrent().navigate("emails");
    assertThat(KaribuSupport.currentView().getSimpleName()).isEqualTo("EmailsView");

    KaribuSupport.signIn("mediator1", "MEDIATOR");
    UI.getCurrent().navigate("emails");
    assertThat(KaribuSupport.currentView().getSimpleName()).isNotEqualTo("EmailsView");
    UI.getCurrent().navigate("sla-policies");
    assertThat(KaribuSupport.currentView().getSimpleName()).isNotEqualTo("SlaPoliciesView");
  }

  @Test
  void theLanguageCanBeSwitchedToRussian() {
    KaribuSupport.signIn("mediator1", "MEDIATOR");
    UI.getCurrent().navigate("mediation");
    @SuppressWarnings("unchecked")
    Select<java.util.Locale> language = _find(Select.class).stream()
        .filter(select -> "Language".equals(select.getAriaLabel().orElse(null))).findFirst().orElseThrow();
    language.setValue(MainLayout.RUSSIAN);
    assertThat(UI.getCurrent().getSession().getLocale().getLanguage()).isEqualTo("ru");
    UI.getCurrent().navigate("");
    UI.getCurrent().setLocale(MainLayout.RUSSIAN);
    UI.getCurrent().navigate("mediation");
    assertThat(_find(com.vaadin.flow.component.html.H2.class)).extracting(h -> h.getText()).contains("Очередь медиации");
    assertThat(preferences.get("mediator1", LanguageChoice.PREFERENCE)).as("kept for the next sign-in").contains("ru");
    preferences.set("mediator1", LanguageChoice.PREFERENCE, "en");
  }

  @Autowired Preferences preferences;

  @Test
  void filesAreNamedByKindAndSizeInTheUsersLanguage() {
    KaribuSupport.signIn("mediator1", "MEDIATOR");
    UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
    String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    assertThat(FileLabels.type(xlsx)).isEqualTo("Spreadsheet (XLSX)");
    assertThat(FileLabels.type("image/jpeg")).isEqualTo("JPEG image");
    assertThat(FileLabels.type("video/quicktime")).isEqualTo("MOV video");
    assertThat(FileLabels.type("application/x-unheard-of")).as("a type we do not name stays as it is")
        .isEqualTo("application/x-unheard-of");
    assertThat(FileLabels.size(512, java.util.Locale.ENGLISH)).isEqualTo("512 bytes");
    assertThat(FileLabels.size(2_500_000, java.util.Locale.ENGLISH)).isEqualTo("2.4 MB");
    assertThat(FileLabels.size(1_100_000_000L, java.util.Locale.ENGLISH)).isEqualTo("1 GB");
    UI.getCurrent().setLocale(MainLayout.RUSSIAN);
    assertThat(FileLabels.type(xlsx)).isEqualTo("Таблица (XLSX)");
    assertThat(FileLabels.type("application/pdf")).isEqualTo("Документ PDF");
    assertThat(FileLabels.size(2_500_000, MainLayout.RUSSIAN)).isEqualTo("2,4 МБ");
    UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
  }

  @Test
  void theAdministratorsEmailListIsLazyAndSearchable() {
    var d = cases.open();
    KaribuSupport.signIn("admin", "ADMIN");
    UI.getCurrent().navigate("emails");
    @SuppressWarnings("unchecked")
    var grid = (com.vaadin.flow.component.grid.Grid<com.disputedesk.notification.OutgoingEmail>) _find(
        com.vaadin.flow.component.grid.Grid.class).get(0);
    var search = _find(com.vaadin.flow.component.textfield.TextField.class).get(0);
    search.setValue(d.id().toString());
    assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).as("the case's emails").isGreaterThanOrEqualTo(1);
    assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0).caseId()).isEqualTo(d.id());
    search.setValue("no-such-recipient-anywhere@example.com");
    assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isZero();
  }

  @Test
  void aCaseTabNamesItsCase() {
    var d = cases.escalated();
    KaribuSupport.signIn("mediator1", "MEDIATOR");
    UI.getCurrent().navigate("mediation/case/" + d.id());
    assertThat(UI.getCurrent().getInternals().getTitle()).startsWith(
        disputesRead.get(d.id()).orderId() + " · Dispute");
  }

  @Autowired com.disputedesk.dispute.Disputes disputesRead;
}
