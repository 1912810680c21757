package com.disputedesk.workspace;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;

/** The shell every workspace view lives in: navigation by role, the user, language and sign-out. */
@StyleSheet("context://styles/disputedesk.css")
public class MainLayout extends AppLayout {
  public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  private final Preferences preferences;

  public MainLayout(AuthenticationContext auth, Preferences preferences) {
    this.preferences = preferences;
    H1 title = new H1("DisputeDesk");
    title.addClassName("dd-brand");
    addToNavbar(new DrawerToggle(), title, userBar(auth));
    SideNav nav = new SideNav();
    nav.addItem(new SideNavItem(getTranslation("nav.mywork"), ""));
    nav.addItem(new SideNavItem(getTranslation("nav.cases"), SearchesCases.ROUTE));
    if (auth.hasAnyRole("MEDIATOR", "QUALITY_REVIEWER", "OPS_LEAD", "ADMIN")) {
      nav.addItem(new SideNavItem(getTranslation("nav.mediation"), "mediation"));
    }
    if (auth.hasAnyRole("COMMISSIONER", "QUALITY_REVIEWER", "OPS_LEAD", "ADMIN")) {
      nav.addItem(new SideNavItem(getTranslation("nav.appeals"), "appeals"));
    }
    if (auth.hasAnyRole("COMPLAINT_REVIEWER", "OPS_LEAD", "ADMIN")) {
      nav.addItem(new SideNavItem(getTranslation("nav.complaints"), "complaints"));
    }
    if (auth.hasAnyRole("OPS_LEAD", "QUALITY_REVIEWER", "ADMIN")) {
      nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), "dashboard"));
    }
    if (auth.hasAnyRole("OPS_LEAD", "ADMIN")) {
      nav.addItem(new SideNavItem(getTranslation("nav.team"), "team"));
      nav.addItem(new SideNavItem(getTranslation("nav.replies"), "reply-templates"));
      nav.addItem(new SideNavItem(getTranslation("nav.sla"), "sla-policies"));
      nav.addItem(new SideNavItem(getTranslation("nav.calendar"), "business-calendar"));
    }
    if (auth.hasRole("ADMIN")) {
      nav.addItem(new SideNavItem(getTranslation("nav.users"), "admin/users"));
      nav.addItem(new SideNavItem(getTranslation("nav.clients"), "admin/api-clients"));
      nav.addItem(new SideNavItem(getTranslation("nav.audit"), "admin/audit"));
      nav.addItem(new SideNavItem(getTranslation("nav.webhooks"), "admin/webhooks"));
      nav.addItem(new SideNavItem(getTranslation("nav.migrations"), "admin/process-migrations"));
      nav.addItem(new SideNavItem(getTranslation("nav.emails"), "emails"));
      SideNavItem cockpit = new SideNavItem("Camunda Cockpit", "/camunda/app/cockpit/default/");
      cockpit.setOpenInNewBrowserTab(true);
      nav.addItem(cockpit);
    }
    addToDrawer(nav);
    searchKey();
  }

  /** {@code /} outside a text field opens the case search from any screen (or focuses it). */
  private void searchKey() {
    addAttachListener(attach -> {
      var registration = attach.getUI().getElement().addEventListener("keydown", e -> {
        UI ui = attach.getUI();
        if (ui.getCurrentView() instanceof SearchesCases view) {
          view.focusSearch();
        } else {
          ui.navigate(SearchesCases.ROUTE);
        }
      }).setFilter("event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey"
          + " && !['INPUT', 'TEXTAREA', 'SELECT'].includes(event.composedPath()[0].tagName)"
          + " && !event.composedPath()[0].isContentEditable && !event.preventDefault()");
      addDetachListener(detach -> {
        registration.remove();
        detach.unregisterListener();
      });
    });
  }

  private HorizontalLayout userBar(AuthenticationContext auth) {
    Select<Locale> language = new Select<>();
    language.setItems(Locale.ENGLISH, RUSSIAN);
    language.setItemLabelGenerator(l -> l.getLanguage().equals("ru") ? "Русский" : "English");
    language.setValue(getLocale().getLanguage().equals("ru") ? RUSSIAN : Locale.ENGLISH);
    language.setAriaLabel("Language");
    language.addValueChangeListener(e -> {
      // kept for the next sign-in too
      auth.getPrincipalName().ifPresent(user -> preferences.set(user, LanguageChoice.PREFERENCE,
          e.getValue().toLanguageTag()));
      UI.getCurrent().getSession().setLocale(e.getValue());
      UI.getCurrent().getPage().reload();
    });
    Span user = new Span(auth.getPrincipalName().orElse(""));
    user.addClassName("dd-user");
    // times on every screen are in this zone: the browser's, said once here
    Span zone = new Span(getTranslation("nav.zone", Formats.zone().getId()));
    zone.addClassName("dd-zone");
    Button logout = new Button(getTranslation("nav.logout"), e -> auth.logout());
    logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    HorizontalLayout bar = new HorizontalLayout(language, zone, user, logout);
    bar.addClassName("dd-userbar");
    bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
    return bar;
  }
}
