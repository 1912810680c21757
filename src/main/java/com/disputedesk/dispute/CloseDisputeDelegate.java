package com.disputedesk.dispute;

import com.disputedesk.timeline.CaseTimeline;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** {@code Task_CloseDispute}: the appeal window ended with no appeal; the decision is final. */
@Component("disputeClosing")
class CloseDisputeDelegate implements JavaDelegate {
  private final DisputeRepository disputes;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CloseDisputeDelegate(DisputeRepository disputes, CaseTimeline timeline, ApplicationEventPublisher events,
      Clock clock) {
    this.disputes = disputes;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UUID id = UUID.fromString(execution.getProcessBusinessKey());
    Dispute d = disputes.lock(id).orElseThrow();
    if (d.status() == DisputeStatus.RESOLVED) {
      disputes.close(id, clock.instant());
      timeline.record(id, "CLOSED", "system", "SYSTEM", "Appeal window ended; the decision is final", Map.of());
      events.publishEvent(new DisputeClosed(id));
    }
  }
}
