package com.disputedesk.appeal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.dispute.DisputeStatus;
import com.disputedesk.dispute.Disputes;
import com.disputedesk.support.KaribuTest;
import com.disputedesk.support.KaribuSupport;
import com.disputedesk.worklist.WorkItem;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The commission's queue and appeal view, clicked through without a browser (Karibu). */
class AppealWorkspaceTest extends KaribuTest {
  @Autowired Disputes disputes;



  @Test
  void aCommissionerClaimsFromTheQueueAndOverturnsAfterConfirming() {
    var d = cases.appealed("mediator1");
    KaribuSupport.signIn("commissioner1", "COMMISSIONER");
    UI.getCurrent().navigate("appeals");
    AppealQueueView queue = _get(AppealQueueView.class);
    WorkItem row = rows(queue).stream().filter(i -> i.caseId().equals(d.id())).findFirst().orElseThrow();
    queue.grid.select(row);
    queue.claim.click();

    AppealCaseView view = _get(AppealCaseView.class);
    assertThat(view.disputeId).isEqualTo(d.id());
    AppealReviewForm form = view.reviewForm;
    assertThat(form).isNotNull();
    assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.APPEAL_IN_REVIEW);
    assertThat(form.decide.isEnabled()).isFalse();
    form.outcome.setValue(com.disputedesk.appeal.AppealOutcome.OVERTURNED);
    form.compensation.setValue(new BigDecimal("99999.00"));
    assertThat(form.compensation.isInvalid()).as("more than the order cost").isTrue();
    form.compensation.setValue(new BigDecimal("20.00"));
    form.explanation.setValue("The opening report proves the parcel was empty.");
    assertThat(form.decide.isEnabled()).isTrue();
    assertThat(form.preview.getText()).contains("20");
    form.decide.click();
    ConfirmDialogKt._fireConfirm(form.confirm);
    assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.APPEAL_OVERTURNED);
  }

  @Test
  void theMediatorOfACaseNeverSeesItsAppealAndCannotClaimItByLink() {
    var d = cases.appealed("senior1");
    KaribuSupport.signIn("senior1", "MEDIATOR", "COMMISSIONER");
    UI.getCurrent().navigate("appeals");
    assertThat(rows(_get(AppealQueueView.class))).extracting(WorkItem::caseId).doesNotContain(d.id());
    UI.getCurrent().navigate(AppealCaseView.class, AppealCaseView.parameters(d.id()));
    AppealCaseView view = _get(AppealCaseView.class);
    assertThat(view.claim.isVisible()).isFalse();
    assertThat(view.reviewForm).isNull();
  }

  @Test
  void qualityReviewersSeeFeedbackAndOverdueTabs() {
    KaribuSupport.signIn("commissioner2", "COMMISSIONER", "QUALITY_REVIEWER");
    UI.getCurrent().navigate("appeals");
    AppealQueueView queue = _get(AppealQueueView.class);
    assertThat(queue.queues).hasSize(3);
  }

  private static java.util.List<WorkItem> rows(AppealQueueView queue) {
    return IntStream.range(0, GridKt._size(queue.grid)).mapToObj(i -> GridKt._get(queue.grid, i)).toList();
  }
}
