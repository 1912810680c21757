package com.disputedesk.mediation;

import com.disputedesk.dispute.DisputeMediation;
import com.disputedesk.worklist.Worklist;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** {@code Task_RaiseMediationPriority}: the SLA breach raises priority and notifies; it never decides. */
@Component("mediationBreach")
class MediationBreachDelegate implements JavaDelegate {
  private final DisputeMediation disputes;
  private final Worklist worklist;
  private final ApplicationEventPublisher events;

  MediationBreachDelegate(DisputeMediation disputes, Worklist worklist, ApplicationEventPublisher events) {
    this.disputes = disputes;
    this.worklist = worklist;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UUID id = UUID.fromString(execution.getProcessBusinessKey());
    disputes.raisePriority(id, "No decision within the mediation-resolution SLA; priority raised");
    worklist.refresh(id);
    events.publishEvent(new MediationSlaBreached(id));
  }
}
