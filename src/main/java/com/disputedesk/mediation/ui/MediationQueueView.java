package com.disputedesk.mediation.ui;

import com.disputedesk.workspace.UiErrors;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.mediation.MediatorDesk;
import com.disputedesk.workspace.MainLayout;
import com.disputedesk.worklist.ClaimLost;
import com.disputedesk.worklist.SavedFilter;
import com.disputedesk.worklist.SavedFilters;
import com.disputedesk.worklist.WorkItem;
import com.disputedesk.worklist.WorkQueueQuery;
import com.disputedesk.worklist.ui.ColumnChooser;
import com.disputedesk.worklist.ui.QueueGrid;
import com.disputedesk.worklist.ui.QueueKeys;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** The mediators' queue: escalated disputes, most urgent first, read lazily from the worklist table. */
@Route(value = "mediation", layout = MainLayout.class)
@RolesAllowed({"MEDIATOR", "QUALITY_REVIEWER", "OPS_LEAD", "ADMIN"})
class MediationQueueView extends VerticalLayout implements BeforeEnterObserver, com.disputedesk.workspace.Titled {
  static final String QUEUE = "mediation";
  final Grid<WorkItem> grid = new Grid<>();
  final QueueFilterBar filters;
  final Button claim = new Button();
  final Button open = new Button();
  final Button next = new Button();
  final ComboBox<String> assignee = new ComboBox<>();
  final Button assign = new Button();
  final Span count = new Span();
  private final MediatorDesk desk;
  private final SavedFilters savedFilters;
  private final Clock clock;
  private final String user;
  private final boolean mediator;
  private WorkQueueQuery query;
  private final QueueLocation location = new QueueLocation();
  private Registration poll;

  private final com.disputedesk.workspace.Preferences preferences;

  MediationQueueView(MediatorDesk desk, SavedFilters savedFilters, Clock clock,
      com.disputedesk.workspace.Preferences preferences, AuthenticationContext auth) {
    this.preferences = preferences;
    this.desk = desk;
    this.savedFilters = savedFilters;
    this.clock = clock;
    this.user = auth.getPrincipalName().orElseThrow();
    this.mediator = auth.hasRole("MEDIATOR");
    this.query = desk.queue();
    this.filters = new QueueFilterBar(this::refresh, this::saveFilter, this::deleteFilter);
    filters.savedFilters(savedFilters.of(user, QUEUE));
    setSizeFull();
    Grid<WorkItem> rows = grid(); // first: the header offers its columns
    add(header(), filters, rows);
    if (auth.hasAnyRole("QUALITY_REVIEWER", "OPS_LEAD", "ADMIN")) {
      add(assignBar());
    }
    keyboard();
    // SLA chips count down and claims by others appear without a reload: re-read the visible page every 30 s
    addAttachListener(e -> {
      QueueKeys.focusSoon(grid); // the grid has the focus from the start
      e.getUI().setPollInterval(30_000);
      poll = e.getUI().addPollListener(p -> grid.getDataProvider().refreshAll());
    });
    addDetachListener(e -> {
      e.getUI().setPollInterval(-1);
      if (poll != null) {
        poll.remove();
      }
    });
  }

  /**
   * The URL holds the queue's filters and selection ({@code mediation?reason=EMPTY_PACKAGE&selected=…}), so a reload,
   * the back button and a shared link show the same rows; {@code mediation?breached} is the leads' overdue tile.
   */
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var parameters = event.getLocation().getQueryParameters().getParameters();
    filters.apply(QueueFilterBar.fromParameters(parameters));
    filters.descending = QueueFilterBar.descendingIn(parameters);
    refresh();
    var selected = parameters.getOrDefault("selected", java.util.List.of());
    if (!selected.isEmpty()) {
      desk.find(selected.get(0)).ifPresent(grid::select);
    }
  }

  private HorizontalLayout header() {
    count.addClassName("dd-badge");
    claim.setText(getTranslation("queue.claim"));
    claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    claim.setVisible(mediator);
    claim.addClickListener(e -> selected().ifPresentOrElse(this::claim, this::nothingSelected));
    open.setText(getTranslation("queue.open"));
    open.addClickListener(e -> selected().ifPresentOrElse(this::open, this::nothingSelected));
    next.setText(getTranslation("queue.next"));
    next.setVisible(mediator);
    next.addClickListener(e -> nextCase());
    HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("queue.title")), count, claim, open, next,
        ColumnChooser.of(grid, preferences, user, QUEUE, this::getTranslation));
    header.setAlignItems(Alignment.BASELINE);
    return header;
  }

  private HorizontalLayout assignBar() {
    assignee.setPlaceholder(getTranslation("queue.assignTo"));
    assignee.setItems(desk.mediators());
    assign.setText(getTranslation("queue.assign"));
    assign.addClickListener(e -> selected().ifPresent(item -> {
      try {
        desk.assign(item.taskId(), assignee.getValue(), user);
        Notification.show(getTranslation("queue.assigned", assignee.getValue()), 3000,
            Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
      } catch (InvalidInput | ClaimLost ex) {
        UiErrors.show(ex);
      }
    }));
    HorizontalLayout bar = new HorizontalLayout(assignee, assign);
    bar.setAlignItems(Alignment.BASELINE);
    return bar;
  }

  private Grid<WorkItem> grid() {
    grid.addSelectionListener(e -> rememberLocation());
    // a column header orders the queue as the select does: one order, in the select, the URL, j/k and "next case"
    location.followHeaders(grid, filters, this::refresh);
    QueueGrid.configure(grid, clock, this::getTranslation, getLocale(), i -> i.evidenceOverdue()
        ? QueueGrid.badge(getTranslation("queue.evidenceOverdue"), true) : QueueGrid.stage(i, i.priority() > 0),
        getTranslation("queue.empty"), this::open);
    return grid;
  }

  private void keyboard() {
    // anywhere on the view but in a field, so typing a j, k or c into the search stays typing
    QueueKeys.of(this, Map.of("j", () -> move(1), "k", () -> move(-1),
        "c", () -> selected().ifPresentOrElse(this::claim, this::nothingSelected), "n", this::nextCase,
        "Enter", () -> selected().ifPresent(this::open), "f", filters.search::focus));
    Shortcuts.addShortcutListener(this, filters.search::focus, Key.KEY_F, KeyModifier.CONTROL).listenOn(this);
  }

  void refresh() {
    query = filters.query(desk.queue(), user, clock.instant());
    WorkQueueQuery current = query;
    grid.setItems(q -> desk.page(current, q.getOffset(), q.getLimit()).stream(), q -> desk.count(current));
    count.setText(String.valueOf(desk.count(current)));
    rememberLocation();
  }

  private void rememberLocation() {
    QueueLocation.remember(filters, selected());
  }

  /** Where a case view goes back to: the queue as the mediator left it (filters, sort, selection). */
  static void backTo(com.vaadin.flow.component.UI ui) {
    QueueLocation.backTo(ui);
  }

  /** Claims and opens the most urgent case of this filtered queue nobody holds: one key after each decision. */
  void nextCase() {
    if (!mediator) {
      return;
    }
    desk.nextUnclaimed(query).ifPresentOrElse(this::claim, () -> Notification.show(
        getTranslation("queue.noNext"), 4000, Notification.Position.BOTTOM_START));
  }

  private void nothingSelected() {
    Notification.show(getTranslation("queue.nothingSelected"), 4000, Notification.Position.BOTTOM_START);
  }

  void deleteFilter(SavedFilter filter) {
    savedFilters.delete(user, QUEUE, filter.name());
    filters.saved.clear();
    filters.savedFilters(savedFilters.of(user, QUEUE));
    Notification.show(getTranslation("queue.filterDeleted", filter.name()), 3000, Notification.Position.BOTTOM_START);
  }

  void move(int delta) {
    int index = selected().map(i -> indexOf(i) + delta).orElse(0);
    if (index < 0) {
      return;
    }
    desk.page(query, index, 1).stream().findFirst().ifPresent(item -> {
      grid.select(item);
      grid.scrollToIndex(index);
    });
  }

  private int indexOf(WorkItem item) {
    var page = desk.page(query, 0, 500);
    for (int i = 0; i < page.size(); i++) {
      if (page.get(i).taskId().equals(item.taskId())) {
        return i;
      }
    }
    return 0;
  }

  void saveFilter(SavedFilter filter) {
    try {
      savedFilters.save(user, QUEUE, filter);
      filters.savedFilters(savedFilters.of(user, QUEUE));
      Notification.show(getTranslation("queue.filterSaved", filter.name()), 3000, Notification.Position.BOTTOM_START);
    } catch (InvalidInput e) {
      UiErrors.show(e);
    }
  }

  void claim(WorkItem item) {
    if (!mediator) {
      return;
    }
    try {
      desk.claim(item.taskId(), user);
      Notification.show(getTranslation("queue.claimed", item.orderId()), 3000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      open(item);
    } catch (ClaimLost e) {
      UiErrors.show(e);
      refresh();
    }
  }

  void open(WorkItem item) {
    getUI().ifPresent(ui -> ui.navigate(DisputeCaseView.class, DisputeCaseView.parameters(item.caseId())));
  }

  Optional<WorkItem> selected() {
    return grid.getSelectedItems().stream().findFirst();
  }

  private static void error(String message) {
    Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
  }
}
