package com.disputedesk.mediation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.dispute.DisputeReason;
import com.disputedesk.dispute.Disputes;
import com.disputedesk.mediation.DecisionOutcome;
import com.disputedesk.mediation.DecisionReason;
import com.disputedesk.support.KaribuTest;
import com.disputedesk.support.KaribuSupport;
import com.disputedesk.worklist.WorkQueueQuery;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A queue keeps its view in the URL, its saved filters whole, and offers the next case after a decision. */
class QueueStateTest extends KaribuTest {
  @Autowired Disputes disputes;



  @Test
  void theFiltersAndTheSelectionLiveInTheUrlSoAReloadShowsTheSameRows() {
    var d = cases.escalated();
    String orderId = disputes.get(d.id()).orderId();
    KaribuSupport.signIn("mediator1", "MEDIATOR");
    UI.getCurrent().navigate("mediation");
    MediationQueueView queue = _get(MediationQueueView.class);
    queue.filters.search.setValue(orderId);
    queue.filters.currency.setValue("RUB");
    queue.filters.sort.setValue(WorkQueueQuery.Sort.AMOUNT);
    queue.grid.select(GridKt._get(queue.grid, 0));
    Map<String, String> url = queue.filters.parameters();
    assertThat(url).containsEntry("q", orderId).containsEntry("currency", "RUB").containsEntry("sort", "AMOUNT");

    // a reload (or a shared link) of that URL: same filters, same rows, same selection
    var parameters = new java.util.HashMap<String, java.util.List<String>>();
    url.forEach((k, v) -> parameters.put(k, java.util.List.of(v)));
    parameters.put("selected", java.util.List.of(GridKt._get(queue.grid, 0).taskId()));
    UI.getCurrent().navigate("");
    UI.getCurrent().navigate("mediation", new QueryParameters(parameters));
    MediationQueueView reloaded = _get(MediationQueueView.class);
    assertThat(reloaded.filters.search.getValue()).isEqualTo(orderId);
    assertThat(reloaded.filters.currency.getValue()).isEqualTo("RUB");
    assertThat(reloaded.filters.sort.getValue()).isEqualTo(WorkQueueQuery.Sort.AMOUNT);
    assertThat(GridKt._size(reloaded.grid)).isEqualTo(1);
    assertThat(reloaded.selected()).map(i -> i.caseId()).contains(d.id());

    // broken parameters are ignored, never an error page
    UI.getCurrent().navigate("mediation", QueryParameters.fromString("reason=NOPE&stage=DROP&currency=rub1&sort=X"));
    MediationQueueView tolerant = _get(MediationQueueView.class);
    assertThat(tolerant.filters.reason.getValue()).isNull();
    assertThat(tolerant.filters.stage.getValue()).isNull();
    assertThat(tolerant.filters.currency.getValue()).isNull();

    UI.getCurrent().navigate("mediation", QueryParameters.fromString("mine=false&breached=false&overdue=maybe"));
    MediationQueueView off = _get(MediationQueueView.class);
    assertThat(off.filters.mine.getValue()).as("=false is off").isFalse();
    assertThat(off.filters.breached.getValue()).isFalse();
    assertThat(off.filters.overdue.getValue()).as("any other word is off").isFalse();
    UI.getCurrent().navigate("mediation", QueryParameters.fromString("breached=true&mine"));
    MediationQueueView on = _get(MediationQueueView.class);
    assertThat(on.filters.breached.getValue()).isTrue();
    assertThat(on.filters.mine.getValue()).isTrue();
  }

  @Test
  void aColumnHeaderOrdersTheQueueAsTheSelectDoesAndTheUrlKeepsIt() {
    KaribuSupport.signIn("mediator1", "MEDIATOR");
    UI.getCurrent().navigate("mediation");
    MediationQueueView queue = _get(MediationQueueView.class);
    queue.grid.sort(java.util.List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(
        queue.grid.getColumnByKey("amount"), com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
    assertThat(queue.filters.sort.getValue()).isEqualTo(WorkQueueQuery.Sort.AMOUNT);
    assertThat(queue.filters.parameters()).containsEntry("sort", "AMOUNT").containsEntry("desc", "true");
    if (GridKt._size(queue.grid) > 1) {
      assertThat(GridKt._get(queue.grid, 0).amount()).isGreaterThanOrEqualTo(GridKt._get(queue.grid, 1).amount());
    }
    UI.getCurrent().navigate("mediation", QueryParameters.fromString("sort=AMOUNT&desc=true"));
    MediationQueueView reloaded = _get(MediationQueueView.class);
    assertThat(reloaded.filters.sort.getValue()).isEqualTo(WorkQueueQuery.Sort.AMOUNT);
    assertThat(reloaded.filters.descending).isTrue();
  }

  @Test
  void aSavedFilterRestoresEverySettingAndCanBeDeleted() {
    KaribuSupport.signIn("mediator1", "MEDIATOR");
    UI.getCurrent().navigate("mediation");
    MediationQueueView queue = _get(MediationQueueView.class);
    queue.filters.reason.setValue(DisputeReason.EMPTY_PACKAGE);
    queue.filters.stage.setValue("REVISION");
    queue.filters.currency.setValue("USD");
    queue.saveFilter(queue.filters.current("Empty USD revisions"));

    UI.getCurrent().navigate("");
    UI.getCurrent().navigate("mediation");
    MediationQueueView again = _get(MediationQueueView.class);
    var saved = again.filters.saved.getListDataView().getItems()
        .filter(f -> f.name().equals("Empty USD revisions")).findFirst().orElseThrow();
    again.filters.saved.setValue(saved);
    assertThat(again.filters.reason.getValue()).isEqualTo(DisputeReason.EMPTY_PACKAGE);
    assertThat(again.filters.stage.getValue()).as("stage restored").isEqualTo("REVISION");
    assertThat(again.filters.currency.getValue()).as("currency restored").isEqualTo("USD");

    again.filters.delete.click();
    assertThat(again.filters.saved.getListDataView().getItems()).extracting(f -> f.name())
        .doesNotContain("Empty USD revisions");
  }

  @Test
  void afterADecisionTheQueueComesBackAsLeftAndOneKeyClaimsTheNextMostUrgentCase() {
    var first = cases.escalated();
    var second = cases.escalated();
    String store = disputes.get(first.id()).storeName();
    KaribuSupport.signIn("mediator1", "MEDIATOR");
    UI.getCurrent().navigate("mediation");
    MediationQueueView queue = _get(MediationQueueView.class);
    queue.filters.search.setValue(disputes.get(first.id()).orderId());
    queue.claim.click();
    assertThat(queue.selected()).as("nothing selected: Claim says what to do instead of nothing").isEmpty();
    queue.grid.select(GridKt._get(queue.grid, 0));
    queue.claim.click();

    DecisionForm form = _get(DisputeCaseView.class).decisionForm;
    form.outcome.setValue(DecisionOutcome.PARTIAL_REFUND);
    assertThat(form.reason.getListDataView().getItems()).as("only reasons that justify a refund")
        .doesNotContain(DecisionReason.DELIVERED_AS_DESCRIBED);
    form.outcome.setValue(DecisionOutcome.REJECTED);
    assertThat(form.reason.getListDataView().getItems()).as("a rejection is justified by the seller's side only")
        .containsExactly(DecisionReason.DELIVERED_AS_DESCRIBED, DecisionReason.INSUFFICIENT_BUYER_EVIDENCE);
    form.outcome.setValue(DecisionOutcome.PARTIAL_REFUND);
    form.amount.setValue(new BigDecimal("100.00"));
    form.reason.setValue(DecisionReason.NOT_AS_DESCRIBED_CONFIRMED);
    form.explanation.setValue("ok");
    assertThat(form.decide.isEnabled()).as("'ok' explains nothing").isFalse();
    form.explanation.setValue("The colour differs from the listing photos.");
    form.decide.click();
    ConfirmDialogKt._fireConfirm(_get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));

    MediationQueueView back = _get(MediationQueueView.class);
    assertThat(back.filters.search.getValue()).as("the queue as the mediator left it")
        .isEqualTo(disputes.get(first.id()).orderId());
    back.filters.search.setValue(disputes.get(second.id()).orderId());
    back.nextCase();
    DisputeCaseView next = _get(DisputeCaseView.class);
    assertThat(next.disputeId).isEqualTo(second.id());
    assertThat(cases.task(second.id()).assignee()).isEqualTo("mediator1");
    assertThat(store).isNotBlank();
  }
}
