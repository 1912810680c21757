package com.disputedesk.mediation;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_MarkEvidenceOverdue}. */
@Component("evidenceOverdue")
class EvidenceOverdueDelegate implements JavaDelegate {
  private final EvidenceRequests requests;

  EvidenceOverdueDelegate(EvidenceRequests requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.deadlinePassed(UUID.fromString(execution.getProcessBusinessKey()));
  }
}
