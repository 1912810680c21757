package com.disputedesk.dispute;

import com.disputedesk.timeline.CaseTimeline;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Closes a resolved dispute when its appeal window ends without an appeal: the decision is final. */
@Service
class FinalDecisions {
  private final DisputeRepository disputes;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  FinalDecisions(DisputeRepository disputes, CaseTimeline timeline, ApplicationEventPublisher events,
      Clock clock) {
    this.disputes = disputes;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public void closeFinal(UUID id) {
    Dispute d = disputes.lock(id).orElseThrow();
    if (d.status() == DisputeStatus.RESOLVED) {
      disputes.close(id, clock.instant());
      timeline.record(id, "CLOSED", "system", "SYSTEM", "Appeal window ended; the decision is final", Map.of());
      events.publishEvent(new DisputeClosed(id));
    }
  }
}
