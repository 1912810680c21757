package com.disputedesk.appeal;

import com.disputedesk.dispute.DisputeAppeals;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Claiming the review shows the buyer "your appeal is being processed"; releasing it shows "appeal pending" again. */
@Component("appealReviewStage")
class AppealReviewStage implements TaskListener {
  private final AppealRepository appeals;
  private final DisputeAppeals disputes;

  AppealReviewStage(AppealRepository appeals, DisputeAppeals disputes) {
    this.appeals = appeals;
    this.disputes = disputes;
  }

  @Override
  public void notify(DelegateTask task) {
    UUID disputeId = UUID.fromString(task.getExecution().getProcessBusinessKey());
    appeals.lockOfDispute(disputeId).filter(a -> !a.status().decided() && a.status() != AppealStatus.WITHDRAWN)
        .ifPresent(a -> {
          boolean inReview = task.getAssignee() != null;
          appeals.status(a.id(), inReview ? AppealStatus.IN_REVIEW : AppealStatus.PENDING);
          disputes.appealInReview(disputeId, inReview);
        });
  }
}
