package com.disputedesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** Signed in (or through the identity provider) but no role here: say so, and who can help. */
@Route("no-role")
@PageTitle("No role in DisputeDesk")
@AnonymousAllowed
class NoRoleView extends VerticalLayout {
  NoRoleView(AuthenticationContext auth) {
    addClassName("dd-login");
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentMode(JustifyContentMode.CENTER);
    add(new H1("DisputeDesk"), new Paragraph(getTranslation("norole.text")),
        new Paragraph(getTranslation("norole.hint")));
    if (auth.isAuthenticated()) {
      add(new Button(getTranslation("nav.logout"), e -> auth.logout()));
    } else {
      Anchor again = new Anchor("/login", getTranslation("norole.again"));
      again.setRouterIgnore(true);
      add(again);
    }
  }
}
