package com.disputedesk.dispute;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_EscalateAutomatically}: the negotiation timer fired with no agreement. */
@Component("autoEscalation")
class AutoEscalationDelegate implements JavaDelegate {
  private final Escalation escalation;

  AutoEscalationDelegate(Escalation escalation) {
    this.escalation = escalation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalation.automatically(UUID.fromString(execution.getProcessBusinessKey()));
  }
}
