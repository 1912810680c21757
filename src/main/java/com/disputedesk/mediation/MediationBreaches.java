package com.disputedesk.mediation;

import com.disputedesk.dispute.DisputeMediation;
import com.disputedesk.sla.SlaBreached;
import com.disputedesk.worklist.Worklist;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** {@code mediation-resolution} ran out: the dispute rises in the mediators' queue and quality reviewers are told. */
@Component
class MediationBreaches {
  private final DisputeMediation disputes;
  private final Worklist worklist;
  private final ApplicationEventPublisher events;

  MediationBreaches(DisputeMediation disputes, Worklist worklist,
      ApplicationEventPublisher events) {
    this.worklist = worklist;
    this.disputes = disputes;
    this.events = events;
  }

  @EventListener(condition = "#e.policyKey() == 'mediation-resolution'")
  void on(SlaBreached e) {
    disputes.raisePriority(e.caseId());
    worklist.refresh(e.caseId());
    events.publishEvent(new MediationSlaBreached(e.caseId()));
  }
}
