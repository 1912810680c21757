package com.disputedesk.dispute;

import com.disputedesk.common.ProcessModels;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The engine side of a dispute: starts its {@code DisputeCaseProcess} and delivers the parties' decisive steps. */
@Component
class DisputeProcess {
  static final String PROCESS_KEY = "DisputeCaseProcess";
  /** The {@code camunda:versionTag} of bpmn/DisputeCaseProcess.bpmn this code drives. */
  static final String VERSION_TAG = "2.0";
  static final String MESSAGE_AGREEMENT = "Message_AgreementReached";
  static final String MESSAGE_ESCALATED = "Message_EscalatedByBuyer";
  static final String MESSAGE_CANCELLED = "Message_DisputeCancelled";

  private final RuntimeService runtime;
  private final ProcessModels models;

  DisputeProcess(RuntimeService runtime, ProcessModels models) {
    this.runtime = runtime;
    this.models = models;
  }

  void start(UUID disputeId) {
    models.start(PROCESS_KEY, VERSION_TAG, disputeId.toString(), java.util.Map.of());
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
