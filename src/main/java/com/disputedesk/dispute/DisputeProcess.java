package com.disputedesk.dispute;

import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The engine side of a dispute: starts its {@code DisputeCaseProcess} and delivers the parties' decisive steps. */
@Component
class DisputeProcess {
  static final String PROCESS_KEY = "DisputeCaseProcess";
  static final String MESSAGE_AGREEMENT = "Message_AgreementReached";
  static final String MESSAGE_ESCALATED = "Message_EscalatedByBuyer";
  static final String MESSAGE_CANCELLED = "Message_DisputeCancelled";

  private final RuntimeService runtime;

  DisputeProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  void start(UUID disputeId) {
    runtime.startProcessInstanceByKey(PROCESS_KEY, disputeId.toString());
  }

  void deliver(UUID disputeId, String message) {
    deliver(disputeId, message, java.util.Map.of());
  }

  /** {@code variables}: ids and routing flags only; business state stays in our tables. */
  void deliver(UUID disputeId, String message, java.util.Map<String, Object> variables) {
    runtime.createMessageCorrelation(message)
        .processInstanceBusinessKey(disputeId.toString())
        .setVariables(variables)
        .correlate();
  }
}
