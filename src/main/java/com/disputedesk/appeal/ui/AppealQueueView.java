package com.disputedesk.appeal.ui;

import com.disputedesk.workspace.UiErrors;
import com.disputedesk.appeal.AppealDesk;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.workspace.MainLayout;
import com.disputedesk.worklist.ClaimLost;
import com.disputedesk.worklist.WorkItem;
import com.disputedesk.worklist.WorkQueueQuery;
import com.disputedesk.worklist.ui.ColumnChooser;
import com.disputedesk.worklist.ui.QueueGrid;
import com.disputedesk.worklist.ui.QueueKeys;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The appeal commission's queue (appeals of cases the user mediated are never listed) and, for quality reviewers,
 * overdue appeals and the buyers' feedback. Lazy over the worklist table; j/k move, c claims, Enter opens.
 */
@Route(value = "appeals", layout = MainLayout.class)
@RolesAllowed({"COMMISSIONER", "QUALITY_REVIEWER", "OPS_LEAD", "ADMIN"})
class AppealQueueView extends VerticalLayout implements com.disputedesk.workspace.Titled {
  final Tabs tabs = new Tabs();
  final Grid<WorkItem> grid = new Grid<>();
  final Button claim = new Button();
  final Button open = new Button();
  final Span count = new Span();
  final TextField search = new TextField();
  final Map<Tab, Supplier<WorkQueueQuery>> queues = new LinkedHashMap<>();
  private final AppealDesk desk;
  private final Clock clock;
  private final String user;
  private WorkQueueQuery query;
  private com.vaadin.flow.shared.Registration poll;

  private final com.disputedesk.workspace.Preferences preferences;

  AppealQueueView(AppealDesk desk, Clock clock, com.disputedesk.workspace.Preferences preferences,
      AuthenticationContext auth) {
    this.preferences = preferences;
    this.desk = desk;
    this.clock = clock;
    this.user = auth.getPrincipalName().orElseThrow();
    if (auth.hasRole("COMMISSIONER")) {
      queues.put(new Tab(getTranslation("appeals.tab.review")), () -> desk.reviewQueue(user));
    }
    if (auth.hasAnyRole("QUALITY_REVIEWER", "OPS_LEAD", "ADMIN")) {
      queues.put(new Tab(getTranslation("appeals.tab.overdue")), () -> desk.breachQueue(clock.instant()));
      queues.put(new Tab(getTranslation("appeals.tab.feedback")), desk::feedbackQueue);
    }
    queues.keySet().forEach(tabs::add);
    tabs.addSelectedChangeListener(e -> refresh());
    setSizeFull();
    search.setPlaceholder(getTranslation("queue.search"));
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> refresh());
    search.setWidth("24em");
    Grid<WorkItem> rows = grid(); // first: the header offers its columns
    add(header(auth.hasAnyRole("COMMISSIONER", "QUALITY_REVIEWER")), tabs, search, rows);
    keyboard();
    refresh();
    // SLA chips count down and claims by others appear without a reload
    addAttachListener(e -> {
      QueueKeys.focusSoon(grid); // j, k, c and Enter work without clicking the grid first
      e.getUI().setPollInterval(30_000);
      poll = e.getUI().addPollListener(p -> grid.getDataProvider().refreshAll());
    });
    addDetachListener(e -> {
      e.getUI().setPollInterval(-1);
      poll.remove();
    });
  }

  private HorizontalLayout header(boolean mayClaim) {
    count.addClassName("dd-badge");
    claim.setText(getTranslation("queue.claim"));
    claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    claim.setVisible(mayClaim);
    claim.addClickListener(e -> selected().ifPresentOrElse(this::claim, this::nothingSelected));
    open.setText(getTranslation("queue.open"));
    open.addClickListener(e -> selected().ifPresentOrElse(this::open, this::nothingSelected));
    HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("appeals.title")), count, claim, open,
        ColumnChooser.of(grid, preferences, user, "appeals", this::getTranslation));
    header.setAlignItems(Alignment.BASELINE);
    return header;
  }

  private Grid<WorkItem> grid() {
    QueueGrid.configure(grid, clock, this::getTranslation, getLocale(), i -> QueueGrid.stage(i,
        i.priority() > 0), getTranslation("appeals.empty"), this::open);
    return grid;
  }

  private void keyboard() {
    QueueKeys.of(this, java.util.Map.of("j", () -> move(1), "k", () -> move(-1),
        "c", () -> selected().ifPresentOrElse(this::claim, this::nothingSelected),
        "Enter", () -> selected().ifPresent(this::open), "f", search::focus));
  }

  void refresh() {
    Tab tab = tabs.getSelectedTab();
    if (tab == null) {
      grid.setItems();
      count.setText("0");
      return;
    }
    query = queues.get(tab).get().withText(search.getValue());
    WorkQueueQuery current = query;
    // a sorted column header orders the rows; j/k and the next case then follow the same order
    grid.setItems(q -> {
      query = QueueGrid.sorted(current, q);
      return desk.page(query, q.getOffset(), q.getLimit()).stream();
    }, q -> desk.count(current));
    count.setText(String.valueOf(desk.count(current)));
  }

  void move(int delta) {
    int index = selected().map(i -> desk.page(query, 0, 500).indexOf(i) + delta).orElse(0);
    if (index >= 0) {
      desk.page(query, index, 1).stream().findFirst().ifPresent(item -> {
        grid.select(item);
        grid.scrollToIndex(index);
      });
    }
  }

  void claim(WorkItem item) {
    try {
      desk.claim(item.taskId(), user);
      Notification.show(getTranslation("queue.claimed", item.orderId()), 3000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      open(item);
    } catch (ClaimLost | RuleViolation e) {
      UiErrors.show(e);
      refresh();
    }
  }

  void open(WorkItem item) {
    getUI().ifPresent(ui -> ui.navigate(AppealCaseView.class, AppealCaseView.parameters(item.caseId())));
  }

  Optional<WorkItem> selected() {
    return grid.getSelectedItems().stream().findFirst();
  }

  private void nothingSelected() {
    com.vaadin.flow.component.notification.Notification.show(getTranslation("queue.nothingSelected"), 4000,
        com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
  }
}
