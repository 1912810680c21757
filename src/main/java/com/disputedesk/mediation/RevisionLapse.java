package com.disputedesk.mediation;

import com.disputedesk.dispute.DisputeClosed;
import com.disputedesk.timeline.CaseTimeline;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A revision still waiting for its second mediator when the appeal window ends lapses with the case: the decision
 * was final, so nobody may change it afterwards. It says so on the timeline, and its approval task leaves the queue
 * in the same transaction (a queue must never offer what the case can no longer act on).
 */
@Component
class RevisionLapse {
  private final DecisionRevisionRepository revisions;
  private final MediationTasks tasks;
  private final CaseTimeline timeline;
  private final Clock clock;

  RevisionLapse(DecisionRevisionRepository revisions, MediationTasks tasks, CaseTimeline timeline, Clock clock) {
    this.revisions = revisions;
    this.tasks = tasks;
    this.timeline = timeline;
    this.clock = clock;
  }

  @EventListener
  void on(DisputeClosed closed) {
    revisions.pending(closed.disputeId()).ifPresent(r -> {
      revisions.review(r.id(), "LAPSED", "system", clock.instant());
      timeline.record(closed.disputeId(), "REVISION_LAPSED", "system", "SYSTEM", "The revision proposed by "
          + r.proposedBy() + " lapsed: the appeal window ended before a second mediator reviewed it; the decision "
          + "stands", Map.of("revisionId", r.id().toString()));
      tasks.revisionReviewed(closed.disputeId(), "system");
    });
  }
}
