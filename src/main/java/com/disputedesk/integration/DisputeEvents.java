package com.disputedesk.integration;

import com.disputedesk.common.Money;
import com.disputedesk.dispute.Dispute;
import com.disputedesk.dispute.DisputeAgreed;
import com.disputedesk.dispute.DisputeCancelled;
import com.disputedesk.dispute.DisputeClosed;
import com.disputedesk.dispute.DisputeEscalated;
import com.disputedesk.dispute.DisputeOpened;
import com.disputedesk.dispute.DisputeUpdated;
import com.disputedesk.dispute.Disputes;
import com.disputedesk.mediation.DecisionRevised;
import com.disputedesk.mediation.DisputeDecided;
import com.disputedesk.mediation.EvidenceRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the dispute's domain events into integration events. Plain {@code @EventListener}s on purpose: they run in
 * the publisher's transaction, so the event commits with the change (an after-commit listener could lose it).
 */
@Component
class DisputeEvents {
  private final EventLog log;
  private final Disputes disputes;

  DisputeEvents(EventLog log, Disputes disputes) {
    this.log = log;
    this.disputes = disputes;
  }

  @EventListener
  void on(DisputeOpened e) {
    Dispute d = disputes.get(e.disputeId());
    log.append(EventType.DISPUTE_OPENED, d.id(), new DisputeEventData.Opened(d.id(), d.orderId(), d.buyerId(),
        d.sellerId(), d.storeName(), d.itemTitle(), d.reason().name(), d.goodsReceived(), d.requested(),
        new Money(d.totalPaid(), d.currency()), new Money(d.couponPaid(), d.currency()), d.status().name(),
        d.negotiationDueAt()));
  }

  @EventListener
  void on(DisputeUpdated e) {
    Dispute d = disputes.get(e.disputeId());
    log.append(EventType.DISPUTE_UPDATED, d.id(), new DisputeEventData.Updated(d.id(), e.by(), e.action(),
        e.outcome(), e.message(), d.status().name(), d.waitingFor() == null ? null : d.waitingFor().name(),
        d.negotiationDueAt()));
  }

  @EventListener
  void on(DisputeAgreed e) {
    log.append(EventType.DISPUTE_AGREED, e.disputeId(), new DisputeEventData.Agreed(e.disputeId(), e.agreed(),
        new Money(e.refund(), e.currency()), disputes.get(e.disputeId()).status().name()));
  }

  @EventListener
  void on(DisputeEscalated e) {
    Dispute d = disputes.get(e.disputeId());
    log.append(EventType.DISPUTE_ESCALATED, d.id(), new DisputeEventData.Escalated(d.id(), e.escalatedBy(),
        d.mediationDueAt(), d.status().name()));
  }

  @EventListener
  void on(EvidenceRequested e) {
    log.append(EventType.EVIDENCE_REQUESTED, e.disputeId(), new DisputeEventData.EvidenceRequested(e.disputeId(),
        e.requestId(), e.fromBuyer(), e.fromSeller(), e.message(), e.dueAt()));
  }

  @EventListener
  void on(DisputeDecided e) {
    Dispute d = disputes.get(e.disputeId());
    log.append(EventType.DISPUTE_DECIDED, d.id(), new DisputeEventData.Decided(d.id(), e.decisionId(),
        e.outcome().name(), new Money(e.refund(), e.currency()), e.reason().name(),
        d.decision() == null ? null : d.decision().explanation(), d.appealDueAt()));
  }

  @EventListener
  void on(DecisionRevised e) {
    Dispute d = disputes.get(e.disputeId());
    log.append(EventType.DISPUTE_DECISION_REVISED, d.id(), new DisputeEventData.DecisionRevised(d.id(),
        e.decisionId(), e.outcome().name(), new Money(e.previousRefund(), e.currency()),
        new Money(e.refund(), e.currency()), d.decision() == null ? null : d.decision().explanation()));
  }

  @EventListener
  void on(DisputeCancelled e) {
    Dispute d = disputes.get(e.disputeId());
    log.append(EventType.DISPUTE_CANCELLED, d.id(), new DisputeEventData.Cancelled(d.id(), d.status().name(),
        d.cancelledAt()));
  }

  @EventListener
  void on(DisputeClosed e) {
    Dispute d = disputes.get(e.disputeId());
    Dispute.Decision decision = d.decision();
    log.append(EventType.DISPUTE_CLOSED, d.id(), new DisputeEventData.Closed(d.id(), d.status().name(),
        decision == null ? null : decision.outcome(),
        decision == null || decision.amount() == null ? null : new Money(decision.amount(), d.currency()),
        d.closedAt()));
  }
}
