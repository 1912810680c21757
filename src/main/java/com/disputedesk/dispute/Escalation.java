package com.disputedesk.dispute;

import com.disputedesk.common.PartyId;
import com.disputedesk.sla.SlaPolicies;
import com.disputedesk.timeline.CaseTimeline;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Moves a dispute into mediation, by the buyer or when the negotiation timer fires. */
@Component
class Escalation {
  static final String MEDIATION_POLICY = "mediation-resolution";
  private final DisputeRepository disputes;
  private final EscalationPolicy policy;
  private final SlaPolicies policies;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Escalation(DisputeRepository disputes, EscalationPolicy policy, SlaPolicies policies, CaseTimeline timeline,
      ApplicationEventPublisher events, Clock clock) {
    this.disputes = disputes;
    this.policy = policy;
    this.policies = policies;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  void byBuyer(Dispute d, PartyId buyer) {
    Instant now = clock.instant();
    policy.checkBuyerMay(d, now);
    escalate(d.id(), "BUYER", buyer.value(), "BUYER", "Buyer escalated the dispute to mediation", now);
  }

  /** The {@code negotiation} SLA ran out with no agreement. */
  void automatically(UUID id) {
    Dispute d = disputes.lock(id).orElseThrow();
    if (d.status() == DisputeStatus.NEGOTIATION) {
      escalate(id, "SYSTEM", "system", "SYSTEM",
          "Negotiation time ran out without agreement; escalated to mediation automatically", clock.instant());
    }
  }

  private void escalate(UUID id, String by, String actor, String role, String summary, Instant now) {
    Instant mediationDue = policies.dueFrom(MEDIATION_POLICY, now);
    disputes.escalate(id, by, now, mediationDue);
    timeline.record(id, "ESCALATED", actor, role, summary, Map.of("by", by, "mediationDueAt", mediationDue.toString()));
    events.publishEvent(new DisputeEscalated(id, by));
  }
}
