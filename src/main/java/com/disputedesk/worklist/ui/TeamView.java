package com.disputedesk.worklist.ui;

import com.disputedesk.workspace.MainLayout;
import com.disputedesk.worklist.HandOver;
import com.disputedesk.worklist.PersonLoad;
import com.disputedesk.worklist.QueueLoad;
import com.disputedesk.worklist.Reassignments;
import com.disputedesk.worklist.WorkItem;
import com.disputedesk.worklist.Workload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;

/**
 * The team leads' screen: each queue's open, claimed and overdue items, what each person holds, and the items
 * themselves, many of which can be reassigned or released at once. What could not be moved is listed with why.
 */
@Route(value = "team", layout = MainLayout.class)
@RolesAllowed({"OPS_LEAD", "ADMIN"})
class TeamView extends VerticalLayout implements com.disputedesk.workspace.Titled {
  final Grid<QueueLoad> queues = new Grid<>();
  final Grid<PersonLoad> people = new Grid<>();
  final TeamItems items;
  final ComboBox<String> assignee = new ComboBox<>();
  final Button reassign = new Button();
  final Button release = new Button();
  final Span selection = new Span();
  final HandOverReport report;
  private final Workload workload;
  private final Reassignments reassignments;
  private final String lead;

  TeamView(Workload workload, Reassignments reassignments, com.disputedesk.worklist.Worklist worklist, Clock clock,
      AuthenticationContext auth) {
    this.workload = workload;
    this.reassignments = reassignments;
    this.lead = auth.getPrincipalName().orElse("");
    this.items = new TeamItems(worklist, workload, clock, this::getTranslation, getLocale());
    this.report = new HandOverReport();
    setSizeFull();
    TeamGrids.queues(queues, this::getTranslation, q -> items.show(q.candidateGroup(), null));
    TeamGrids.people(people, clock, this::getTranslation, p -> items.show(p.candidateGroup(), p.username()));
    items.grid.addSelectionListener(e -> selectionChanged());
    items.onQueueChange(this::offerPeople);
    HorizontalLayout loads = new HorizontalLayout(column("team.queues", queues), column("team.people", people));
    loads.setWidthFull();
    // side by side where both fit whole, one above the other where not: a table never clips its last column
    loads.getStyle().set("flex-wrap", "wrap");
    add(new H2(getTranslation("team.title")), loads, new H3(getTranslation("team.items")), items.filters, actions(),
        report, items.grid);
    refresh();
    offerPeople(null);
  }

  private VerticalLayout column(String title, Grid<?> grid) {
    VerticalLayout column = new VerticalLayout(new H3(getTranslation(title)), grid);
    column.setPadding(false);
    column.getStyle().set("flex", "1 1 34rem");
    column.setMinWidth("0");
    return column;
  }

  private HorizontalLayout actions() {
    assignee.setPlaceholder(getTranslation("team.assignTo"));
    assignee.setClearButtonVisible(true);
    assignee.setWidth("16rem");
    reassign.setText(getTranslation("team.reassign"));
    reassign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    reassign.addClickListener(e -> reassign());
    release.setText(getTranslation("team.release"));
    release.addClickListener(e -> act(reassignments.release(selectedIds(), lead), null));
    selection.addClassName("dd-muted");
    HorizontalLayout bar = new HorizontalLayout(selection, assignee, reassign, release);
    bar.setAlignItems(Alignment.BASELINE);
    selectionChanged();
    return bar;
  }

  private void reassign() {
    if (assignee.isEmpty()) {
      assignee.setErrorMessage(getTranslation("team.assignTo.required"));
      assignee.setInvalid(true);
      return;
    }
    assignee.setInvalid(false);
    act(reassignments.reassign(selectedIds(), assignee.getValue(), lead), assignee.getValue());
  }

  private void act(HandOver result, String to) {
    report.show(result, to);
    items.grid.deselectAll();
    refresh();
  }

  private List<String> selectedIds() {
    return items.grid.getSelectedItems().stream().map(WorkItem::taskId).toList();
  }

  private void selectionChanged() {
    int n = items.grid.getSelectedItems().size();
    selection.setText(getTranslation("team.selected", n));
    reassign.setEnabled(n > 0);
    release.setEnabled(n > 0);
  }

  /** Who can take the items: the workers of the queue shown, or of every queue. */
  private void offerPeople(String queue) {
    List<String> candidates = queue == null
        ? Workload.QUEUES.stream().flatMap(q -> workload.workersOf(q).stream()).distinct().sorted().toList()
        : workload.workersOf(queue);
    assignee.setItems(candidates);
  }

  private void refresh() {
    queues.setItems(workload.queues());
    people.setItems(workload.people());
    items.refresh();
  }
}
