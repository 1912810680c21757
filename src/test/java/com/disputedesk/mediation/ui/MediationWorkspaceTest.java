package com.disputedesk.mediation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.dispute.DisputeStatus;
import com.disputedesk.dispute.Disputes;
import com.disputedesk.mediation.DecisionOutcome;
import com.disputedesk.mediation.DecisionReason;
import com.disputedesk.security.ui.LoginView;
import com.disputedesk.support.KaribuTest;
import com.disputedesk.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The mediators' queue and case view, clicked through without a browser (Karibu). */
class MediationWorkspaceTest extends KaribuTest {
  @Autowired Disputes disputes;



  @Test
  void theQueueListsEscalatedDisputesAndFiltersByOrder() {
    var d = cases.escalated();
    String orderId = disputes.get(d.id()).orderId();
    KaribuSupport.signIn("mediator1", "MEDIATOR");
    UI.getCurrent().navigate("mediation");
    MediationQueueView view = _get(MediationQueueView.class);
    assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(1);

    view.filters.search.setValue(orderId);
    assertThat(GridKt._size(view.grid)).isEqualTo(1);
    assertThat(GridKt._get(view.grid, 0).caseId()).isEqualTo(d.id());
    assertThat(view.count.getText()).isEqualTo("1");

    view.filters.search.setValue("no-such-order-anywhere");
    assertThat(GridKt._size(view.grid)).isZero();
  }

  @Test
  void claimingOpensTheCaseWithTheDecisionForm() {
    var d = cases.escalated();
    KaribuSupport.signIn("mediator1", "MEDIATOR");
    UI.getCurrent().navigate("mediation");
    MediationQueueView queue = _get(MediationQueueView.class);
    queue.filters.search.setValue(disputes.get(d.id()).orderId());
    queue.grid.select(GridKt._get(queue.grid, 0));
    queue.claim.click();

    DisputeCaseView view = _get(DisputeCaseView.class);
    assertThat(view.disputeId).isEqualTo(d.id());
    assertThat(view.decisionForm).isNotNull();
    assertThat(cases.task(d.id()).assignee()).isEqualTo("mediator1");
  }

  @Test
  void theDecisionFormValidatesAsYouTypeAndDecidesAfterConfirmation() {
    var d = cases.escalated();
    cases.claimed(d, "mediator1");
    KaribuSupport.signIn("mediator1", "MEDIATOR");
    UI.getCurrent().navigate(DisputeCaseView.class, DisputeCaseView.parameters(d.id()));
    DecisionForm form = _get(DisputeCaseView.class).decisionForm;
    assertThat(form.decide.isEnabled()).isFalse();

    form.outcome.setValue(DecisionOutcome.PARTIAL_REFUND);
    form.amount.setValue(new BigDecimal("12000.00"));
    form.reason.setValue(DecisionReason.NOT_AS_DESCRIBED_CONFIRMED);
    form.explanation.setValue("The colour differs from the listing.");
    assertThat(form.amount.isInvalid()).isTrue();
    assertThat(form.amount.getErrorMessage()).contains("11,668.71");
    assertThat(form.decide.isEnabled()).isFalse();

    form.amount.setValue(new BigDecimal("2500.00"));
    assertThat(form.amount.isInvalid()).isFalse();
    assertThat(form.decide.isEnabled()).isTrue();
    assertThat(form.preview.getText()).contains("2");

    form.decide.click();
    ConfirmDialogKt._fireConfirm(form.confirm);
    assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.RESOLVED);
    assertThat(disputes.get(d.id()).decision().amount()).isEqualByComparingTo("2500.00");
    assertThat(KaribuSupport.currentView()).isEqualTo(MediationQueueView.class);
  }

  @Test
  void aRevisionIsProposedByOneMediatorAndApprovedByAnother() {
    var d = cases.escalated();
    cases.claimed(d, "mediator1");
    cases.decidePartial(d, "mediator1", "1000.00");
    KaribuSupport.signIn("mediator1", "MEDIATOR");
    UI.getCurrent().navigate(DisputeCaseView.class, DisputeCaseView.parameters(d.id()));
    DecisionForm proposal = _get(DisputeCaseView.class).revisionPanel.proposal;
    proposal.outcome.setValue(DecisionOutcome.FULL_REFUND);
    proposal.reason.setValue(DecisionReason.NOT_AS_DESCRIBED_CONFIRMED);
    proposal.explanation.setValue("The second photo shows the whole item is unusable.");
    proposal.decide.click();
    ConfirmDialogKt._fireConfirm(proposal.confirm);

    RevisionPanel panel = _get(DisputeCaseView.class).revisionPanel;
    assertThat(panel.approve.isEnabled()).as("the proposer cannot approve").isFalse();

    KaribuSupport.stop(); // another person, another session
    KaribuSupport.start(context);
    KaribuSupport.signIn("mediator2", "MEDIATOR");
    UI.getCurrent().navigate(DisputeCaseView.class, DisputeCaseView.parameters(d.id()));
    RevisionPanel second = _get(DisputeCaseView.class).revisionPanel;
    assertThat(second.approve.isEnabled()).isTrue();
    second.approve.click();
    assertThat(disputes.get(d.id()).decision().outcome()).isEqualTo("FULL_REFUND");
    assertThat(disputes.get(d.id()).decision().amount()).isEqualByComparingTo("11668.71");
  }

  @Test
  void someoneElsesClaimShowsWhoHasItAndNoForm() {
    var d = cases.escalated();
    cases.claimed(d, "mediator2");
    KaribuSupport.signIn("mediator1", "MEDIATOR");
    UI.getCurrent().navigate(DisputeCaseView.class, DisputeCaseView.parameters(d.id()));
    DisputeCaseView view = _get(DisputeCaseView.class);
    assertThat(view.decisionForm).isNull();
    assertThat(view.claim.isVisible()).isFalse();
  }

  @Test
  void leadsSeeTheQueueAssignButNeverClaim() {
    var d = cases.escalated();
    KaribuSupport.signIn("opslead1", "OPS_LEAD");
    UI.getCurrent().navigate("mediation");
    MediationQueueView queue = _get(MediationQueueView.class);
    assertThat(queue.claim.isVisible()).isFalse();
    queue.filters.search.setValue(disputes.get(d.id()).orderId());
    queue.grid.select(GridKt._get(queue.grid, 0));
    queue.assignee.setValue("mediator2");
    queue.assign.click();
    assertThat(cases.task(d.id()).assignee()).isEqualTo("mediator2");
    assertThat(GridKt._get(queue.grid, 0).assignee()).isEqualTo("mediator2");
  }

  @Test
  void breachedDisputesAreOneClickAwayForLeads() {
    time.freeze();
    var d = cases.escalated();
    String orderId = disputes.get(d.id()).orderId();
    time.travelTo(disputes.get(d.id()).mediationDueAt().plusSeconds(1));
    KaribuSupport.signIn("commissioner2", "COMMISSIONER", "QUALITY_REVIEWER");
    UI.getCurrent().navigate("mediation", com.vaadin.flow.router.QueryParameters.fromString("breached"));
    MediationQueueView queue = _get(MediationQueueView.class);
    assertThat(queue.filters.breached.getValue()).isTrue();
    queue.filters.search.setValue(orderId);
    assertThat(GridKt._size(queue.grid)).isEqualTo(1);
    assertThat(GridKt._get(queue.grid, 0).priority()).isEqualTo(1);
  }

  @Test
  void aSavedFilterComesBackForItsOwner() {
    KaribuSupport.signIn("mediator1", "MEDIATOR");
    UI.getCurrent().navigate("mediation");
    MediationQueueView queue = _get(MediationQueueView.class);
    queue.filters.reason.setValue(com.disputedesk.dispute.DisputeReason.COUNTERFEIT);
    queue.filters.overdue.setValue(true);
    queue.saveFilter(queue.filters.current("Fakes, overdue"));

    UI.getCurrent().navigate("");
    UI.getCurrent().navigate("mediation");
    MediationQueueView again = _get(MediationQueueView.class);
    assertThat(again.filters.reason.getValue()).isNull();
    var saved = again.filters.saved.getListDataView().getItems().filter(f -> f.name().equals("Fakes, overdue"))
        .findFirst().orElseThrow();
    again.filters.saved.setValue(saved);
    assertThat(again.filters.reason.getValue()).isEqualTo(com.disputedesk.dispute.DisputeReason.COUNTERFEIT);
    assertThat(again.filters.overdue.getValue()).isTrue();
  }

  @Test
  void onlyMediatorsAndLeadsReachTheMediationScreens() {
    KaribuSupport.signIn("commissioner1", "COMMISSIONER");
    UI.getCurrent().navigate("mediation");
    assertThat(KaribuSupport.currentView()).isNotEqualTo(MediationQueueView.class);

    KaribuSupport.signIn("marketplace", "MARKETPLACE");
    UI.getCurrent().navigate("");
    assertThat(KaribuSupport.currentView().getSimpleName()).isNotEqualTo("MyWorkView");
  }

  @Test
  void anonymousUsersLandOnTheLoginView() {
    UI.getCurrent().navigate("mediation");
    assertThat(KaribuSupport.currentView()).isEqualTo(LoginView.class);
  }
}
