package com.disputedesk.notification.ui;

import com.disputedesk.notification.OutgoingEmail;
import com.disputedesk.notification.Outbox;
import com.disputedesk.workspace.Formats;
import com.disputedesk.workspace.MainLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Administrators see every outgoing email, sent or only stored (no SMTP configured). */
@Route(value = "emails", layout = MainLayout.class)
@PageTitle("Outgoing emails — DisputeDesk")
@RolesAllowed("ADMIN")
class EmailsView extends VerticalLayout {
  final Grid<OutgoingEmail> grid = new Grid<>();

  EmailsView(Outbox outbox) {
    setSizeFull();
    grid.addColumn(e -> Formats.dateTime(e.createdAt(), getLocale())).setHeader(getTranslation("emails.at")).setAutoWidth(true);
    grid.addColumn(OutgoingEmail::status).setHeader(getTranslation("emails.status")).setAutoWidth(true);
    grid.addColumn(OutgoingEmail::recipient).setHeader(getTranslation("emails.to")).setAutoWidth(true);
    grid.addColumn(OutgoingEmail::subject).setHeader(getTranslation("emails.subject")).setFlexGrow(2);
    grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(e -> new Pre(e.body())));
    grid.setEmptyStateText(getTranslation("emails.empty"));
    grid.setItems(outbox.latest(500));
    grid.setSizeFull();
    add(new H2(getTranslation("nav.emails")), grid);
  }
}
