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
      return base.sortedBy(sort, descending(sort,
          order.getDirection() == com.vaadin.flow.data.provider.SortDirection.DESCENDING));
    }).orElse(base);
  }

  /** The query's direction for a header's: "Waiting" counts up as created_at goes back, so it is the other way. */
  public static boolean descending(WorkQueueQuery.Sort sort, boolean headerDescending) {
    return sort == WorkQueueQuery.Sort.AGE ? !headerDescending : headerDescending;
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
