package com.disputedesk.dispute;

import com.disputedesk.common.Money;
import com.disputedesk.evidence.EvidenceStore;
import com.disputedesk.timeline.CaseTimeline;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Assembles {@link DisputeView}: our own state, the negotiation, evidence, timeline and later stages' parts. */
@Component
class DisputeViews {
  private final OfferRepository offers;
  private final EvidenceStore evidence;
  private final CaseTimeline timeline;
  private final EscalationPolicy escalation;
  private final List<DisputeViewContributor> contributors;

  DisputeViews(OfferRepository offers, EvidenceStore evidence, CaseTimeline timeline, EscalationPolicy escalation,
      List<DisputeViewContributor> contributors) {
    this.offers = offers;
    this.evidence = evidence;
    this.timeline = timeline;
    this.escalation = escalation;
    this.contributors = contributors;
  }

  @Transactional(readOnly = true)
  DisputeView of(Dispute d, com.disputedesk.common.PartyId viewer) {
    String c = d.currency();
    var order = new DisputeView.Order(d.orderId(), d.buyerId(), d.sellerId(), d.storeName(), d.itemTitle(),
        new Money(d.totalPaid(), c), new Money(d.couponPaid(), c), new Money(d.moneyPaid(), c), d.trackingNumber(),
        d.receiptConfirmedAt(), d.protectionEndsAt());
    boolean negotiating = d.status() == DisputeStatus.NEGOTIATION;
    var deadlines = new DisputeView.Deadlines(negotiating ? d.negotiationDueAt() : null,
        negotiating && !d.sellerRejected() ? escalation.earliest(d) : null, d.evidenceDueAt(),
        DisputeStatus.IN_MEDIATION.contains(d.status()) ? d.mediationDueAt() : null,
        d.status() == DisputeStatus.RESOLVED ? d.appealDueAt() : null);
    var decision = d.decision() == null ? null : new DisputeView.Decision(d.decision().outcome(),
        new Money(d.decision().amount(), c), d.decision().reasonCode(), d.decision().explanation(),
        d.decision().decidedAt());
    Map<String, Object> extensions = new LinkedHashMap<>();
    contributors.forEach(contributor -> extensions.putAll(contributor.contribute(d, viewer.value())));
    return new DisputeView(d.id(), d.orderId(), d.status(), d.status().stage(), d.waitingFor(), order, d.reason(),
        d.goodsReceived(), d.requested(), d.description(), deadlines, offers.of(d.id()), decision,
        evidence.ofCase(d.id()).stream().map(DisputeView.Evidence::of).toList(),
        timeline.of(d.id()).stream().map(DisputeView.Step::of).toList(),
        d.status() == DisputeStatus.CANCELLED ? "This dispute is cancelled and can never be reopened." : null,
        extensions);
  }
}
