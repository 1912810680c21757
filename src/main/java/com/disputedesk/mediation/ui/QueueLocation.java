package com.disputedesk.mediation.ui;

import com.disputedesk.worklist.WorkItem;
import com.disputedesk.worklist.WorkQueueQuery;
import com.disputedesk.worklist.ui.QueueGrid;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the mediation queue is: its filters, order and selection in the URL (replacing the history entry, so Back
 * leaves the queue) and in the session, so a case view returns to the queue as the mediator left it. Also the
 * column headers' order, kept in the filter bar like the select's.
 */
final class QueueLocation {
  private static final String SESSION_KEY = "mediation.queue.location";
  private boolean clearingSort;

  /** Writes where the queue is. */
  static void remember(QueueFilterBar filters, Optional<WorkItem> selected) {
    Map<String, String> parameters = new LinkedHashMap<>(filters.parameters());
    selected.ifPresent(item -> parameters.put("selected", item.taskId()));
    String location = MediationQueueView.QUEUE
        + (parameters.isEmpty() ? "" : "?" + QueryParameters.simple(parameters).getQueryString());
    UI ui = UI.getCurrent();
    if (ui != null) {
      ui.getPage().getHistory().replaceState(null, location);
      ui.getSession().setAttribute(SESSION_KEY, location);
    }
  }

  /** Goes back to the queue as it was last shown in this session. */
  static void backTo(UI ui) {
    Object saved = ui.getSession().getAttribute(SESSION_KEY);
    var location = new Location(saved == null ? MediationQueueView.QUEUE : saved.toString());
    ui.navigate(location.getPath(), location.getQueryParameters());
  }

  /**
   * A column header orders the queue as the select does (the select follows it, so do the URL, j/k and the next
   * case); choosing in the select takes the headers' arrows away.
   */
  void followHeaders(Grid<WorkItem> grid, QueueFilterBar filters, Runnable refresh) {
    filters.sort.addValueChangeListener(e -> {
      if (e.isFromClient()) {
        clearingSort = true;
        grid.sort(null);
        clearingSort = false;
      }
    });
    grid.addSortListener(e -> {
      if (clearingSort) {
        return;
      }
      e.getSortOrder().stream().findFirst().ifPresentOrElse(order -> {
        WorkQueueQuery.Sort by = WorkQueueQuery.Sort.valueOf(sortProperty(order.getSorted()));
        filters.sortBy(by, QueueGrid.descending(by, order.getDirection() == SortDirection.DESCENDING));
      }, () -> filters.sortBy(WorkQueueQuery.Sort.SLA_DUE, false));
      refresh.run();
    });
  }

  private static String sortProperty(Grid.Column<WorkItem> column) {
    return column.getSortOrder(SortDirection.ASCENDING).findFirst().map(QuerySortOrder::getSorted)
        .orElse(WorkQueueQuery.Sort.SLA_DUE.name());
  }
}
