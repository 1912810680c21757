package com.disputedesk.notification.ui;

import com.disputedesk.notification.OutgoingEmail;
import com.disputedesk.notification.Outbox;
import com.disputedesk.workspace.Formats;
import com.disputedesk.workspace.MainLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Administrators see every outgoing email, sent or only stored (no SMTP configured). */
@Route(value = "emails", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class EmailsView extends VerticalLayout implements com.disputedesk.workspace.Titled {
  final Grid<OutgoingEmail> grid = new Grid<>();
  final com.vaadin.flow.component.textfield.TextField search = new com.vaadin.flow.component.textfield.TextField();
  final com.vaadin.flow.component.html.Span count = new com.vaadin.flow.component.html.Span();

  EmailsView(Outbox outbox) {
    setSizeFull();
    grid.addColumn(e -> Formats.dateTime(e.createdAt(), getLocale())).setHeader(getTranslation("emails.at")).setAutoWidth(true);
    grid.addColumn(e -> getTranslation("emails.status." + e.status())).setHeader(getTranslation("emails.status"))
        .setAutoWidth(true);
    grid.addColumn(OutgoingEmail::recipient).setHeader(getTranslation("emails.to")).setAutoWidth(true);
    grid.addColumn(OutgoingEmail::subject).setHeader(getTranslation("emails.subject")).setFlexGrow(3)
        .setTooltipGenerator(OutgoingEmail::subject);
    grid.addColumn(e -> e.caseId() == null ? "" : e.caseId().toString()).setHeader(getTranslation("emails.case"))
        .setWidth("22em").setFlexGrow(0);
    grid.getColumns().forEach(c -> c.setResizable(true));
    grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(e -> {
      Pre body = new Pre(e.body());
      body.getStyle().set("white-space", "pre-wrap").set("margin", "0");
      return body;
    }));
    grid.setEmptyStateText(getTranslation("emails.empty"));
    count.addClassName("dd-badge");
    // lazy: the grid reads the page it shows, however many emails there are
    search.setPlaceholder(getTranslation("emails.search"));
    search.setClearButtonVisible(true);
    search.setWidth("28em");
    search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> refresh(outbox));
    refresh(outbox);
    grid.setSizeFull();
    add(new com.vaadin.flow.component.orderedlayout.HorizontalLayout(new H2(getTranslation("nav.emails")), count),
        search, grid);
  }

  private void refresh(Outbox outbox) {
    String text = search.getValue();
    grid.setItems(q -> outbox.search(text, q.getOffset(), q.getLimit()).stream(), q -> outbox.count(text));
    count.setText(String.valueOf(outbox.count(text)));
  }
}
