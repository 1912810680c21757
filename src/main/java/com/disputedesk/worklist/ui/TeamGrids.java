package com.disputedesk.worklist.ui;

import com.disputedesk.workspace.SlaChip;
import com.disputedesk.worklist.PersonLoad;
import com.disputedesk.worklist.QueueLoad;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;

/** The two load tables of the team view: a row opens its items below. */
final class TeamGrids {
  private TeamGrids() {}

  static void queues(Grid<QueueLoad> grid, Function<String, String> i18n, Consumer<QueueLoad> open) {
    grid.addColumn(q -> queueName(i18n, q.candidateGroup())).setHeader(i18n.apply("team.col.queue")).setFlexGrow(2);
    grid.addColumn(QueueLoad::open).setHeader(i18n.apply("team.col.open"));
    grid.addColumn(QueueLoad::unclaimed).setHeader(i18n.apply("team.col.unclaimed"));
    grid.addColumn(QueueLoad::claimed).setHeader(i18n.apply("team.col.claimed"));
    grid.addComponentColumn(q -> overdue(q.overdue())).setHeader(i18n.apply("team.col.overdue"));
    finish(grid);
    grid.setAllRowsVisible(true);
    grid.addItemClickListener(e -> open.accept(e.getItem()));
  }

  static void people(Grid<PersonLoad> grid, Clock clock, Function<String, String> i18n, Consumer<PersonLoad> open) {
    grid.addColumn(PersonLoad::username).setHeader(i18n.apply("team.col.person")).setFlexGrow(2);
    grid.addColumn(p -> queueName(i18n, p.candidateGroup())).setHeader(i18n.apply("team.col.queue")).setFlexGrow(2);
    grid.addColumn(PersonLoad::held).setHeader(i18n.apply("team.col.held"));
    grid.addComponentColumn(p -> overdue(p.overdue())).setHeader(i18n.apply("team.col.overdue"));
    grid.addColumn(p -> p.oldestClaim() == null ? i18n.apply("team.free")
            : SlaChip.format(Duration.between(p.oldestClaim(), clock.instant())))
        .setHeader(i18n.apply("team.col.oldest"));
    grid.setEmptyStateText(i18n.apply("team.people.empty"));
    finish(grid);
    grid.setHeight("16rem");
    grid.addItemClickListener(e -> open.accept(e.getItem()));
  }

  static String queueName(Function<String, String> i18n, String candidateGroup) {
    return i18n.apply("team.queue." + candidateGroup);
  }

  private static Span overdue(int n) {
    Span count = new Span(String.valueOf(n));
    if (n > 0) {
      count.addClassNames("dd-badge", "dd-badge-alert");
    }
    return count;
  }

  /** Figures as wide as their headers; the names take the rest and wrap rather than push a figure out of view. */
  private static void finish(Grid<?> grid) {
    grid.getColumns().forEach(c -> c.setAutoWidth(c.getFlexGrow() == 1));
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
  }
}
