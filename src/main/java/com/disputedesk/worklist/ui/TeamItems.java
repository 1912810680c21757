package com.disputedesk.worklist.ui;

import com.disputedesk.worklist.WorkItem;
import com.disputedesk.worklist.WorkQueueQuery;
import com.disputedesk.worklist.WorkRoutes;
import com.disputedesk.worklist.Workload;
import com.disputedesk.worklist.Worklist;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/** The open items a lead picks from: by queue, by holder (or nobody), overdue only; many selected at once. */
final class TeamItems {
  static final String ANYONE = "*";
  final Grid<WorkItem> grid = new Grid<>();
  final Select<String> queue = new Select<>();
  final ComboBox<String> holder = new ComboBox<>();
  final Checkbox overdueOnly = new Checkbox();
  final HorizontalLayout filters;
  private final Worklist worklist;
  private final Workload workload;
  private final Clock clock;
  private final Function<String, String> i18n;
  private Consumer<String> queueChanged = q -> { };

  TeamItems(Worklist worklist, Workload workload, Clock clock, Function<String, String> i18n, Locale locale) {
    this.worklist = worklist;
    this.workload = workload;
    this.clock = clock;
    this.i18n = i18n;
    queue.setLabel(i18n.apply("team.col.queue"));
    queue.setEmptySelectionAllowed(true);
    queue.setEmptySelectionCaption(i18n.apply("team.queue.all"));
    queue.setItemLabelGenerator(q -> q == null ? i18n.apply("team.queue.all") : TeamGrids.queueName(i18n, q));
    queue.setItems(Workload.QUEUES);
    holder.setLabel(i18n.apply("team.holder"));
    holder.setItemLabelGenerator(h -> switch (h) {
      case ANYONE -> i18n.apply("team.holder.anyone");
      case WorkQueueQuery.UNCLAIMED -> i18n.apply("team.holder.nobody");
      default -> h;
    });
    overdueOnly.setLabel(i18n.apply("team.overdueOnly"));
    queue.addValueChangeListener(e -> {
      offerHolders();
      queueChanged.accept(e.getValue());
      refresh();
    });
    holder.addValueChangeListener(e -> refresh());
    overdueOnly.addValueChangeListener(e -> refresh());
    filters = new HorizontalLayout(queue, holder, overdueOnly);
    filters.setAlignItems(FlexComponent.Alignment.BASELINE);
    offerHolders();
    QueueGrid.configure(grid, clock, i18n, locale, i -> QueueGrid.stage(i, i.priority() > 0),
        i18n.apply("team.items.empty"), i -> grid.getUI().ifPresent(ui -> ui.navigate(WorkRoutes.of(i))));
    grid.addColumn(i -> TeamGrids.queueName(i18n, i.candidateGroup())).setHeader(i18n.apply("team.col.queue"))
        .setAutoWidth(true).setKey("queue");
    grid.setSelectionMode(Grid.SelectionMode.MULTI);
    grid.setMinHeight("20rem");
  }

  void onQueueChange(Consumer<String> listener) {
    this.queueChanged = listener;
  }

  /** A row of the load tables clicked: its queue, and its person's items (or all of the queue). */
  void show(String candidateGroup, String username) {
    queue.setValue(candidateGroup);
    holder.setValue(username == null ? ANYONE : username);
  }

  void refresh() {
    WorkQueueQuery query = query();
    grid.setItems(q -> worklist.page(QueueGrid.sorted(query, q), q.getOffset(), q.getLimit()).stream(),
        q -> worklist.count(query));
  }

  private WorkQueueQuery query() {
    Set<String> groups = queue.isEmpty() ? new HashSet<>(Workload.QUEUES) : Set.of(queue.getValue());
    WorkQueueQuery query = WorkQueueQuery.forGroups(groups);
    if (!holder.isEmpty() && !ANYONE.equals(holder.getValue())) {
      query = query.assignedTo(holder.getValue());
    }
    return overdueOnly.getValue() ? query.breachedAt(clock.instant()) : query;
  }

  private void offerHolders() {
    String kept = holder.getValue();
    List<String> people = queue.isEmpty()
        ? Workload.QUEUES.stream().flatMap(q -> workload.workersOf(q).stream()).distinct().sorted().toList()
        : workload.workersOf(queue.getValue());
    List<String> choices = new java.util.ArrayList<>(List.of(ANYONE, WorkQueueQuery.UNCLAIMED));
    choices.addAll(people);
    holder.setItems(choices);
    holder.setValue(kept != null && choices.contains(kept) ? kept : ANYONE);
  }
}
