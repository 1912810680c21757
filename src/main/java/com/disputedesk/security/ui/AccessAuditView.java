package com.disputedesk.security.ui;

import com.disputedesk.security.AccessAudit;
import com.disputedesk.workspace.Formats;
import com.disputedesk.workspace.MainLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Every access change, newest first, for one user or client or for all. */
@Route(value = "admin/audit", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class AccessAuditView extends VerticalLayout implements com.disputedesk.workspace.Titled {
  final TextField subject = new TextField();
  final Grid<AccessAudit.Entry> grid = new Grid<>();
  private final AccessAudit audit;

  AccessAuditView(AccessAudit audit) {
    this.audit = audit;
    setSizeFull();
    subject.setPlaceholder(getTranslation("audit.subject"));
    subject.setClearButtonVisible(true);
    subject.setValueChangeMode(ValueChangeMode.LAZY);
    subject.addValueChangeListener(e -> refresh());
    grid.addColumn(e -> Formats.dateTime(e.at(), getLocale())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
    grid.addColumn(AccessAudit.Entry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
    grid.addColumn(e -> getTranslation("audit.action." + e.action())).setHeader(getTranslation("audit.action"))
        .setAutoWidth(true);
    grid.addColumn(AccessAudit.Entry::subject).setHeader(getTranslation("audit.who")).setAutoWidth(true);
    grid.addColumn(e -> readable(e.from())).setHeader(getTranslation("audit.from")).setFlexGrow(1).setResizable(true);
    grid.addColumn(e -> readable(e.to())).setHeader(getTranslation("audit.to")).setFlexGrow(1).setResizable(true);
    grid.setEmptyStateText(getTranslation("audit.empty"));
    grid.setSizeFull();
    refresh();
    HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("nav.audit")), subject);
    toolbar.setAlignItems(Alignment.BASELINE);
    add(toolbar, grid);
  }

  /** Role codes as the roles' names ("MEDIATOR,ADMIN" → "Mediator, Administrator"); other values as they are. */
  private String readable(String value) {
    if (value == null) {
      return "";
    }
    return java.util.Arrays.stream(value.split(",")).map(part -> com.disputedesk.security.Roles.all()
        .contains(part) ? getTranslation("role." + part) : part).collect(java.util.stream.Collectors.joining(", "));
  }

  void refresh() {
    String who = subject.getValue().isBlank() ? null : subject.getValue().strip();
    grid.setItems(q -> audit.list(who, q.getOffset(), q.getLimit()).stream(), q -> audit.count(who));
  }
}
