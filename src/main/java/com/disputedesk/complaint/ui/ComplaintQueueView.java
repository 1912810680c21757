package com.disputedesk.complaint.ui;

import com.disputedesk.workspace.UiErrors;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.complaint.ComplaintDesk;
import com.disputedesk.workspace.Formats;
import com.disputedesk.workspace.Labels;
import com.disputedesk.workspace.SlaChip;
import com.disputedesk.worklist.ui.QueueGrid;
import com.disputedesk.worklist.ui.QueueKeys;
import java.time.Clock;
import com.disputedesk.workspace.MainLayout;
import com.disputedesk.worklist.ClaimLost;
import com.disputedesk.worklist.WorkItem;
import com.disputedesk.worklist.WorkQueueQuery;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/** The complaint reviewers' queue: complaint cases and account reviews, grouped reports first. */
@Route(value = "complaints", layout = MainLayout.class)
@RolesAllowed({"COMPLAINT_REVIEWER", "OPS_LEAD", "ADMIN"})
class ComplaintQueueView extends VerticalLayout implements com.disputedesk.workspace.Titled {
  final Grid<WorkItem> grid = new Grid<>();
  final Button claim = new Button();
  final Button open = new Button();
  final Span count = new Span();
  final TextField search = new TextField();
  private final ComplaintDesk desk;
  private final Clock clock;
  private final String user;
  private WorkQueueQuery query;

  ComplaintQueueView(ComplaintDesk desk, Clock clock, AuthenticationContext auth) {
    this.desk = desk;
    this.clock = clock;
    this.user = auth.getPrincipalName().orElseThrow();
    count.addClassName("dd-badge");
    claim.setText(getTranslation("queue.claim"));
    claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    claim.setVisible(auth.hasRole("COMPLAINT_REVIEWER"));
    claim.addClickListener(e -> selected().ifPresentOrElse(this::claim, this::nothingSelected));
    open.setText(getTranslation("queue.open"));
    open.addClickListener(e -> selected().ifPresentOrElse(this::open, this::nothingSelected));
    HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("complaints.title")), count, claim, open);
    header.setAlignItems(Alignment.BASELINE);
    search.setPlaceholder(getTranslation("complaints.search"));
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setWidth("24em");
    search.addValueChangeListener(e -> refresh());
    setSizeFull();
    add(header, search, grid());
    QueueKeys.of(this, java.util.Map.of("c", () -> selected().ifPresentOrElse(this::claim, this::nothingSelected),
        "Enter", () -> selected().ifPresent(this::open), "f", search::focus));
    refresh();
    addAttachListener(e -> QueueKeys.focusSoon(grid)); // j, k, c and Enter work without clicking first
  }

  private Grid<WorkItem> grid() {
    grid.addComponentColumn(i -> SlaChip.of(i.slaStartedAt(), i.slaDueAt(), clock.instant()))
        .setHeader(getTranslation("queue.col.sla")).setAutoWidth(true).setFlexGrow(0);
    grid.addComponentColumn(i -> QueueGrid.stage(i, i.priority() > 0)).setHeader(getTranslation("queue.col.stage"))
        .setAutoWidth(true);
    // the listing (or the party under review) in full, as a tooltip too: the address is what tells reports apart
    grid.addColumn(this::subject).setHeader(getTranslation("complaints.col.subject")).setFlexGrow(2)
        .setTooltipGenerator(this::subject);
    grid.addColumn(i -> Labels.code("reason", i.reason())).setHeader(getTranslation("queue.col.reason"))
        .setAutoWidth(true);
    grid.addColumn(WorkItem::sellerId).setHeader(getTranslation("complaints.col.party")).setAutoWidth(true);
    grid.addColumn(i -> QueueGrid.age(i, clock)).setHeader(getTranslation("queue.col.age")).setAutoWidth(true)
        .setTooltipGenerator(i -> Formats.dateTime(i.createdAt(), getLocale()));
    grid.addColumn(i -> i.assignee() == null ? "" : i.assignee()).setHeader(getTranslation("queue.col.assignee"))
        .setAutoWidth(true);
    grid.getColumns().forEach(c -> c.setResizable(true));
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    grid.addItemDoubleClickListener(e -> open(e.getItem()));
    grid.setEmptyStateText(getTranslation("complaints.empty"));
    grid.setSizeFull();
    return grid;
  }

  private String subject(WorkItem item) {
    return isAccountReview(item) ? getTranslation("complaints.subject.account", item.title()) : item.title();
  }

  private static boolean isAccountReview(WorkItem item) {
    return item.caseType().equals("AccountReviewProcess");
  }

  void refresh() {
    query = desk.queue().withText(search.getValue());
    WorkQueueQuery current = query;
    grid.setItems(q -> desk.page(current, q.getOffset(), q.getLimit()).stream(), q -> desk.count(current));
    count.setText(String.valueOf(desk.count(current)));
  }

  void claim(WorkItem item) {
    try {
      desk.claim(item.taskId(), user);
      open(item);
    } catch (ClaimLost | RuleViolation e) {
      UiErrors.show(e);
      refresh();
    }
  }

  void open(WorkItem item) {
    getUI().ifPresent(ui -> ui.navigate(isAccountReview(item)
        ? "accounts/review/" + item.caseId() : "complaints/case/" + item.caseId()));
  }

  Optional<WorkItem> selected() {
    return grid.getSelectedItems().stream().findFirst();
  }

  private void nothingSelected() {
    com.vaadin.flow.component.notification.Notification.show(getTranslation("queue.nothingSelected"), 4000,
        com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
  }
}
