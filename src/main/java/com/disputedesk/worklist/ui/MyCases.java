package com.disputedesk.worklist.ui;

import com.disputedesk.workspace.Formats;
import com.disputedesk.workspace.Labels;
import com.disputedesk.workspace.SlaChip;
import com.disputedesk.worklist.HeldCase;
import com.disputedesk.worklist.WorkItem;
import com.disputedesk.worklist.WorkQueueQuery;
import com.disputedesk.worklist.Worklist;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Everything a person holds or waits on, in one list: the tasks they claimed in any queue, evidence they asked for
 * (marked when an answer arrived), revisions they proposed. A row opens its case.
 */
class MyCases extends Grid<MyCases.Row> {
  static final Set<String> GROUPS = Set.of("mediators", "appeal-commission", "quality-reviewers",
      "complaint-reviewers");

  record Row(String route, String name, String state, boolean news, Instant since, Instant slaStart, Instant slaDue) {}

  MyCases(Worklist worklist, List<HeldCase.Source> sources, Clock clock, String user) {
    List<Row> rows = new ArrayList<>();
    for (WorkItem t : worklist.page(WorkQueueQuery.forGroups(GROUPS).assignedTo(user), 0, 200)) {
      rows.add(new Row(route(t), t.orderId() != null ? t.orderId() : t.title(), "CLAIMED_" + t.stage(), false,
          t.claimedAt(), t.slaStartedAt(), t.slaDueAt()));
    }
    for (HeldCase.Source source : sources) {
      source.of(user).forEach(h -> rows.add(new Row(h.route(), h.name(), h.state(), h.news(), h.since(), null, null)));
    }
    rows.sort(Comparator.comparing(Row::news).reversed().thenComparing(Row::since,
        Comparator.nullsLast(Comparator.reverseOrder())));
    addComponentColumn(r -> SlaChip.of(r.slaStart(), r.slaDue(), clock.instant()))
        .setHeader(getTranslation("queue.col.sla")).setAutoWidth(true).setFlexGrow(0);
    addColumn(Row::name).setHeader(getTranslation("mycases.case")).setAutoWidth(true);
    addComponentColumn(this::state).setHeader(getTranslation("mycases.state")).setFlexGrow(2);
    addColumn(r -> Formats.dateTime(r.since(), getLocale())).setHeader(getTranslation("mycases.since"))
        .setAutoWidth(true);
    addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    setAllRowsVisible(true);
    setEmptyStateText(getTranslation("mycases.empty"));
    setItems(rows);
    addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(e.getItem().route())));
  }

  private Span state(Row r) {
    String state = r.state().startsWith("CLAIMED_")
        ? getTranslation("mycases.claimed", Labels.code("stage", r.state().substring(8)))
        : Labels.code("held", r.state());
    Span text = new Span(r.news() ? getTranslation("mycases.news") + " · " + state : state);
    if (r.news()) {
      text.addClassName("dd-news");
    }
    return text;
  }

  private static String route(WorkItem t) {
    return switch (t.candidateGroup()) {
      case "appeal-commission", "quality-reviewers" -> "appeals/case/" + t.caseId();
      case "complaint-reviewers" -> t.caseType().equals("AccountReviewProcess") ? "accounts/review/" + t.caseId()
          : "complaints/case/" + t.caseId();
      default -> "mediation/case/" + t.caseId();
    };
  }
}
