package com.disputedesk.dispute;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CloseDispute}: the appeal window ended with no appeal; the decision is final. */
@Component("disputeClosing")
class CloseDisputeDelegate implements JavaDelegate {
  private final FinalDecisions finalDecisions;

  CloseDisputeDelegate(FinalDecisions finalDecisions) {
    this.finalDecisions = finalDecisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    finalDecisions.closeFinal(UUID.fromString(execution.getProcessBusinessKey()));
  }
}
