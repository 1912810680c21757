package com.disputedesk.worklist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.KaribuSupport;
import com.disputedesk.support.KaribuTest;
import com.disputedesk.worklist.WorkItem;
import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A lead reads the load, opens a person's items from it, and reassigns two at once (Karibu). */
class TeamViewTest extends KaribuTest {

  @Test
  void aLeadReassignsAPersonsItemsAndSeesWhatHappened() {
    var held = cases.escalated();
    var appealed = cases.appealed("senior1");
    cases.claimed(held, "mediator1");
    KaribuSupport.signIn("opslead1", "OPS_LEAD");
    UI.getCurrent().navigate("team");
    TeamView view = _get(TeamView.class);
    assertThat(view.queues.getGenericDataView().getItems().map(q -> q.candidateGroup()).toList())
        .containsExactly("mediators", "appeal-commission", "quality-reviewers", "complaint-reviewers");
    var mediator1 = view.people.getGenericDataView().getItems()
        .filter(p -> p.username().equals("mediator1") && p.candidateGroup().equals("mediators")).findFirst()
        .orElseThrow();
    assertThat(mediator1.held()).isPositive();

    view.items.show("mediators", "mediator1");
    assertThat(items(view)).extracting(WorkItem::assignee).containsOnly("mediator1");
    view.items.show(null, null);
    WorkItem review = item(view, appealed.id());
    view.items.grid.asMultiSelect().select(item(view, held.id()), review);
    assertThat(view.selection.getText()).isEqualTo("2 selected");
    _click(view.reassign);
    assertThat(view.assignee.isInvalid()).as("nobody chosen yet").isTrue();

    view.assignee.setValue("senior1");
    _click(view.reassign);
    assertThat(view.report.isVisible()).isTrue();
    assertThat(view.report.getElement().getTextRecursively())
        .contains("1 reassigned to senior1")
        .contains("1 left as they were")
        .contains("senior1 may not hold it: four-eyes");
    assertThat(view.items.grid.getSelectedItems()).isEmpty();
    assertThat(item(view, held.id()).assignee()).isEqualTo("senior1");
  }

  private static java.util.List<WorkItem> items(TeamView view) {
    return view.items.grid.getGenericDataView().getItems().toList();
  }

  private static WorkItem item(TeamView view, UUID caseId) {
    return items(view).stream().filter(i -> i.caseId().equals(caseId)).findFirst().orElseThrow();
  }

}
