package com.disputedesk.workspace;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.KaribuSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The workspace's other screens and who may open them, without a browser (Karibu). */
class WorkspaceViewsTest extends IntegrationTest {
  @Autowired ApplicationContext context;

  @BeforeEach
  void startVaadin() {
    KaribuSupport.start(context);
  }

  @AfterEach
  void stopVaadin() {
    KaribuSupport.stop();
  }

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
  }
}
