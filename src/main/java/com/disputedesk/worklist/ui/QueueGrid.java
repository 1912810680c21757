package com.disputedesk.worklist.ui;

import com.disputedesk.workspace.Formats;
import com.disputedesk.workspace.Labels;
import com.disputedesk.workspace.SlaChip;
import com.disputedesk.worklist.WorkItem;
import com.disputedesk.worklist.WorkQueueQuery;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.ValueProvider;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/** The columns every case queue shows (SLA countdown first), so the mediators' and the commission's look alike. */
public final class QueueGrid {
  private QueueGrid() {}

  public static void configure(Grid<WorkItem> grid, Clock clock, Function<String, String> i18n, Locale locale,
      ValueProvider<WorkItem, Component> stage, String emptyText, Consumer<WorkItem> open) {
    grid.addComponentColumn(i -> SlaChip.of(i.slaStartedAt(), i.slaDueAt(), clock.instant()))
        .setHeader(i18n.apply("queue.col.sla")).setAutoWidth(true).setFlexGrow(0).setKey("sla")
        .setSortable(true).setSortProperty(WorkQueueQuery.Sort.SLA_DUE.name());
    grid.addColumn(WorkItem::orderId).setHeader(i18n.apply("queue.col.order")).setAutoWidth(true).setKey("order");
    grid.addColumn(WorkItem::title).setHeader(i18n.apply("queue.col.item")).setFlexGrow(2).setKey("item")
        .setTooltipGenerator(WorkItem::title);
    grid.addColumn(i -> Labels.code("reason", i.reason())).setHeader(i18n.apply("queue.col.reason"))
        .setAutoWidth(true).setKey("reason");
    grid.addColumn(i -> Formats.money(i.amount(), i.currency(), locale))
        .setHeader(i18n.apply("queue.col.amount")).setAutoWidth(true).setKey("amount")
        .setSortable(true).setSortProperty(WorkQueueQuery.Sort.AMOUNT.name());
    grid.addComponentColumn(stage).setHeader(i18n.apply("queue.col.stage")).setAutoWidth(true).setKey("stage");
    grid.addColumn(i -> i.assignee() == null ? "" : i.assignee()).setHeader(i18n.apply("queue.col.assignee"))
        .setAutoWidth(true).setKey("assignee");
    grid.addColumn(i -> age(i, clock)).setHeader(i18n.apply("queue.col.age")).setAutoWidth(true).setKey("age")
        .setSortable(true).setSortProperty(WorkQueueQuery.Sort.AGE.name())
        .setTooltipGenerator(i -> Formats.dateTime(i.createdAt(), locale));
    grid.getColumns().forEach(c -> c.setResizable(true));
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    grid.setSelectionMode(Grid.SelectionMode.SINGLE);
    grid.addItemDoubleClickListener(e -> open.accept(e.getItem()));
    grid.setEmptyStateText(emptyText);
    grid.setSizeFull();
  }

  /** The query as the grid's sorted column header asks, else as the filter bar says. */
  public static WorkQueueQuery sorted(WorkQueueQuery base, com.vaadin.flow.data.provider.Query<WorkItem, ?> q) {
    return q.getSortOrders().stream().findFirst().map(order -> {
      var sort = WorkQueueQuery.Sort.valueOf(order.getSorted());
      boolean descending = order.getDirection() == com.vaadin.flow.data.provider.SortDirection.DESCENDING;
      // "Waiting" counts up as created_at goes back: a short wait first is the newest first
      return base.sortedBy(sort, sort == WorkQueueQuery.Sort.AGE ? !descending : descending);
    }).orElse(base);
  }

  /**
   * "Columns": which columns this person sees in this queue, remembered for them ({@code columns.<queue>}: the
   * hidden ones), so a lead can hide the claimer column and a mediator the stage.
   */
  public static com.vaadin.flow.component.button.Button columnChooser(Grid<WorkItem> grid,
      com.disputedesk.workspace.Preferences preferences, String user, String queue, Function<String, String> i18n) {
    String name = "columns." + queue;
    java.util.Set<String> hidden = new java.util.TreeSet<>(java.util.Arrays.asList(
        preferences.get(user, name).orElse("").split(",")));
    var button = new com.vaadin.flow.component.button.Button(i18n.apply("queue.columns"));
    button.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
    var menu = new com.vaadin.flow.component.contextmenu.ContextMenu(button);
    menu.setOpenOnClick(true);
    for (Grid.Column<WorkItem> column : grid.getColumns()) {
      if (column.getKey() == null || "sla".equals(column.getKey())) {
        continue; // the SLA countdown is what a queue is for: never hidden
      }
      column.setVisible(!hidden.contains(column.getKey()));
      var item = menu.addItem(column.getHeaderText(), e -> {
        column.setVisible(e.getSource().isChecked());
        if (column.isVisible()) {
          hidden.remove(column.getKey());
        } else {
          hidden.add(column.getKey());
        }
        preferences.set(user, name, String.join(",", hidden));
      });
      item.setCheckable(true);
      item.setChecked(column.isVisible());
    }
    return button;
  }

  /**
   * A queue's single-key commands (j, k, c, n, Enter, /) anywhere on the view, from the moment it opens: a keydown
   * outside a text field runs the key's action, so typing in the search or a filter stays typing.
   */
  public static void keys(Component view, java.util.Map<String, Runnable> actions) {
    String keys = actions.keySet().stream().map(k -> "'" + k + "'").reduce((a, b) -> a + "," + b).orElse("");
    String filter = "[" + keys + "].includes(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey"
        + " && !['INPUT', 'TEXTAREA', 'SELECT', 'VAADIN-BUTTON'].includes(event.composedPath()[0].tagName)"
        + " && !event.composedPath()[0].isContentEditable && (event.key !== '/' || !event.preventDefault())";
    // on the page's body while the view is shown: a key works even before anything in the view has the focus
    view.addAttachListener(attach -> {
      var registration = attach.getUI().getElement().addEventListener("keydown", e -> {
        Runnable action = actions.get(e.getEventData().getString("event.key"));
        if (action != null) {
          action.run();
        }
      }).addEventData("event.key").setFilter(filter);
      view.addDetachListener(detach -> {
        registration.remove();
        detach.unregisterListener();
      });
    });
  }

  /** Gives the grid the keyboard focus once its first rows are painted (at attach they are not there yet). */
  public static void focusSoon(Grid<?> grid) {
    grid.getElement().executeJs("const g = this; customElements.whenDefined('vaadin-grid').then(() => "
        + "setTimeout(() => { if (!document.activeElement || document.activeElement === document.body) g.focus(); },"
        + " 300));");
  }

  /** How long the item has waited: "3 d 4 h". */
  public static String age(WorkItem item, Clock clock) {
    return item.createdAt() == null ? "" : SlaChip.format(java.time.Duration.between(item.createdAt(), clock.instant()));
  }

  /** A stage badge, in words. */
  public static Span stage(WorkItem item, boolean alert) {
    return badge(Labels.code("stage", item.stage()), alert);
  }

  /** A stage badge, red when the item was raised (SLA breach, evidence overdue). */
  public static Span badge(String text, boolean alert) {
    Span badge = new Span(text);
    badge.addClassName("dd-badge");
    if (alert) {
      badge.addClassName("dd-badge-alert");
    }
    return badge;
  }
}
