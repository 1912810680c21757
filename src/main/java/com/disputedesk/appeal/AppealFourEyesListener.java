package com.disputedesk.appeal;

import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReviewAppeal}'s guard inside the engine, so that no route (workspace, engine REST, Tasklist, Java API)
 * lets a case's mediator claim or complete its appeal, and no route completes it without our decision record.
 */
@Component("appealFourEyes")
class AppealFourEyesListener implements TaskListener {
  private final FourEyes fourEyes;
  private final AppealRepository appeals;
  private final IdentityService identity;

  AppealFourEyesListener(FourEyes fourEyes, AppealRepository appeals, IdentityService identity) {
    this.fourEyes = fourEyes;
    this.appeals = appeals;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    UUID disputeId = UUID.fromString(task.getExecution().getProcessBusinessKey());
    refuseIfExcluded(disputeId, task.getAssignee());
    if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      var auth = identity.getCurrentAuthentication();
      refuseIfExcluded(disputeId, auth == null ? null : auth.getUserId());
      boolean decidedByAssignee = appeals.ofDispute(disputeId)
          .filter(a -> a.status().decided() && a.commissionerId() != null && a.commissionerId().equals(task.getAssignee()))
          .isPresent();
      if (!decidedByAssignee) {
        throw new AuthorizationException("An appeal is decided in the DisputeDesk workspace by the commissioner who "
            + "claimed it; completing the task directly is not allowed.");
      }
    }
  }

  private void refuseIfExcluded(UUID disputeId, String user) {
    if (fourEyes.excludes(disputeId, user)) {
      throw new AuthorizationException(fourEyes.reason(disputeId, user));
    }
  }
}
