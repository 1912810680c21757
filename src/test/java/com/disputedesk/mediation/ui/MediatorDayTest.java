package com.disputedesk.mediation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.dispute.Disputes;
import com.disputedesk.mediation.EvidenceRequests;
import com.disputedesk.support.KaribuTest;
import com.disputedesk.support.KaribuSupport;
import com.disputedesk.workspace.Preferences;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a mediator's day needs beyond the queue: their cases in one list, evidence at full size, their columns. */
class MediatorDayTest extends KaribuTest {
  @Autowired Disputes disputes;
  @Autowired EvidenceRequests requests;
  @Autowired Preferences preferences;


  @AfterEach
  void showEveryColumnAgain() {
    preferences.set("mediator2", "columns.mediation", "");
  }

  @Test
  void myCasesListsClaimedCasesAndEvidenceWaitsWithABadgeWhenAnAnswerArrives() {
    var claimed = cases.escalated();
    cases.claimed(claimed, "mediator2");
    var asked = cases.escalated();
    cases.claimed(asked, "mediator2");
    var request = requests.request(asked.id(), "mediator2", true, false, "Send a photo of the parcel label.");
    requests.answer(new com.disputedesk.common.PartyId(asked.buyer()), asked.id(), request.id(),
        "Here is the label photo.", java.util.List.of());

    KaribuSupport.signIn("mediator2", "MEDIATOR");
    UI.getCurrent().navigate("");
    MyCasesRows rows = rows();
    assertThat(rows.text()).contains(disputes.get(claimed.id()).orderId())
        .contains(disputes.get(asked.id()).orderId()).contains("The parties answered your evidence request");
    assertThat(rows.first()).as("the answer that arrived comes first, marked").contains("Answer arrived");
  }

  @Test
  void evidencePhotosOpenAtFullSizeWithZoomAndNextBesideTheDecision() {
    var d = cases.escalated();
    for (String name : new String[] {"label.png", "parcel.png"}) {
      api.upload(d.path() + "/evidence", d.buyer(), name, "image/png", com.disputedesk.dispute.EvidenceFiles.png(),
          "PHOTO");
    }
    cases.claimed(d, "mediator1");
    KaribuSupport.signIn("mediator1", "MEDIATOR");
    UI.getCurrent().navigate("mediation/case/" + d.id());
    var thumbnails = _find(com.vaadin.flow.component.html.Image.class).stream()
        .filter(i -> i.hasClassName("dd-thumbnail")).toList();
    assertThat(thumbnails).hasSize(2);
    com.vaadin.flow.component.ComponentUtil.fireEvent(thumbnails.get(0),
        new com.vaadin.flow.component.ClickEvent<>(thumbnails.get(0)));
    EvidenceLightbox box = _get(EvidenceLightbox.class);
    assertThat(box.isModal()).as("the decision panel stays usable beside it").isFalse();
    assertThat(box.previous.isEnabled()).isFalse();
    box.next.click();
    assertThat(box.index).isEqualTo(1);
    assertThat(box.next.isEnabled()).isFalse();
    assertThat(_get(DisputeCaseView.class).decisionForm).isNotNull();
  }

  @Test
  void aMediatorChoosesTheQueuesColumnsAndFindsThemSoNextTime() {
    KaribuSupport.signIn("mediator2", "MEDIATOR");
    UI.getCurrent().navigate("mediation");
    MediationQueueView queue = _get(MediationQueueView.class);
    assertThat(queue.grid.getColumnByKey("stage").isVisible()).isTrue();
    preferences.set("mediator2", "columns.mediation", "stage,assignee");
    UI.getCurrent().navigate("");
    UI.getCurrent().navigate("mediation");
    MediationQueueView again = _get(MediationQueueView.class);
    assertThat(again.grid.getColumnByKey("stage").isVisible()).isFalse();
    assertThat(again.grid.getColumnByKey("assignee").isVisible()).isFalse();
    assertThat(again.grid.getColumnByKey("sla").isVisible()).as("the SLA is never hidden").isTrue();
    assertThat(again.grid.getColumnByKey("amount").isSortable()).isTrue();
  }

  private record MyCasesRows(java.util.List<String> lines) {
    String text() {
      return String.join("\n", lines);
    }

    String first() {
      return lines.isEmpty() ? "" : lines.get(0);
    }
  }

  @SuppressWarnings("unchecked")
  private static MyCasesRows rows() {
    Grid<?> grid = _find(Grid.class).stream().filter(g -> g.getClass().getSimpleName().equals("MyCases"))
        .findFirst().orElseThrow();
    java.util.List<String> lines = new java.util.ArrayList<>();
    for (int i = 0; i < GridKt._size(grid); i++) {
      lines.add(String.join(" | ", GridKt._getFormattedRow(grid, i)));
    }
    return new MyCasesRows(lines);
  }
}
