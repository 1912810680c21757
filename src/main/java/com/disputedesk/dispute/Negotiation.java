package com.disputedesk.dispute;

import com.disputedesk.common.EnglishText;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.PartyId;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.timeline.CaseTimeline;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Buyer and seller work toward an agreement for {@code negotiation}; DOMAIN.md §1a. */
@Service
public class Negotiation {
  static final String NEGOTIATION_POLICY = "negotiation";
  private final DisputeAccess access;
  private final DisputeRepository disputes;
  private final OfferRepository offers;
  private final Escalation escalation;
  private final DisputeProcess process;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final PaidRefunds paidRefunds;

  Negotiation(DisputeAccess access, DisputeRepository disputes, OfferRepository offers, Escalation escalation,
      DisputeProcess process, CaseTimeline timeline, ApplicationEventPublisher events, Clock clock,
      PaidRefunds paidRefunds) {
    this.paidRefunds = paidRefunds;
    this.access = access;
    this.disputes = disputes;
    this.offers = offers;
    this.escalation = escalation;
    this.process = process;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Dispute sellerResponds(PartyId seller, UUID id, SellerResponseRequest r) {
    Dispute d = access.lockForParty(id, seller);
    requireRole(d.isSeller(seller.value()), "Only the seller of this order can answer for the seller.");
    requireNegotiation(d);
    Instant now = clock.instant();
    String message = EnglishText.optional("message", r.message(), 4000);
    switch (r.action()) {
      case ACCEPT -> {
        offers.add(id, "SELLER", "ACCEPT", d.requested(), message, now);
        agree(d, d.requested(), seller, "SELLER", "Seller accepted the buyer's request");
      }
      case REJECT -> {
        if (message == null) {
          throw new InvalidInput("message", "a rejection needs a reason the buyer can read");
        }
        offers.add(id, "SELLER", "REJECT", null, message, now);
        disputes.setWaitingFor(id, WaitingFor.BUYER, true);
        timeline.record(id, "SELLER_REJECTED", seller.value(), "SELLER", "Seller rejected the request",
            Map.of("message", message));
        events.publishEvent(new DisputeUpdated(id, "SELLER", "REJECT", null, message));
      }
      case PROPOSE -> {
        Outcome proposal = OutcomeRules.checkProposal("proposal", r.proposal(), d.moneyPaid());
        offers.add(id, "SELLER", "PROPOSE", proposal, message, now);
        disputes.setWaitingFor(id, WaitingFor.BUYER, false);
        timeline.record(id, "SELLER_PROPOSED", seller.value(), "SELLER", "Seller proposed " + describe(proposal),
            Map.of("type", proposal.type().name()));
        events.publishEvent(new DisputeUpdated(id, "SELLER", "PROPOSE", proposal, message));
      }
    }
    return access.get(id);
  }

  @Transactional
  public Dispute buyerResponds(PartyId buyer, UUID id, BuyerResponseRequest r) {
    Dispute d = access.lockForParty(id, buyer);
    requireRole(d.isBuyer(buyer.value()), "Only the buyer of this order can answer for the buyer.");
    requireNegotiation(d);
    Instant now = clock.instant();
    String message = EnglishText.optional("message", r.message(), 4000);
    switch (r.action()) {
      case ACCEPT_PROPOSAL -> {
        Offer proposal = offers.openProposal(id).orElseThrow(() -> RuleViolation.conflict("no-proposal",
            "There is no open proposal from the seller to accept."));
        offers.add(id, "BUYER", "ACCEPT_PROPOSAL", proposal.outcome(), message, now);
        agree(d, proposal.outcome(), buyer, "BUYER", "Buyer accepted the seller's proposal");
      }
      case MODIFY_REQUEST -> {
        Outcome requested = OutcomeRules.checkRequest("requestedOutcome", r.requestedOutcome(), d.moneyPaid());
        offers.add(id, "BUYER", "MODIFY_REQUEST", requested, message, now);
        disputes.setRequested(id, requested);
        timeline.record(id, "REQUEST_CHANGED", buyer.value(), "BUYER", "Buyer now asks for " + describe(requested),
            Map.of("type", requested.type().name()));
        events.publishEvent(new DisputeUpdated(id, "BUYER", "MODIFY_REQUEST", requested, message));
      }
    }
    return access.get(id);
  }

  @Transactional
  public Dispute escalate(PartyId buyer, UUID id) {
    Dispute d = access.lockForParty(id, buyer);
    requireRole(d.isBuyer(buyer.value()), "Only the buyer can escalate a dispute.");
    escalation.byBuyer(d, buyer);
    process.deliver(id, DisputeProcess.MESSAGE_ESCALATED);
    return access.get(id);
  }

  @Transactional
  public Dispute cancel(PartyId buyer, UUID id) {
    Dispute d = access.lockForParty(id, buyer);
    requireRole(d.isBuyer(buyer.value()), "Only the buyer can cancel a dispute.");
    if (paidRefunds.anyPaid(id)) {
      throw RuleViolation.conflict("refund-paid", "A refund was already paid; the dispute can no longer be cancelled.");
    }
    if (!DisputeStatus.CANCELLABLE.contains(d.status())) {
      throw RuleViolation.conflict("not-cancellable", d.status() == DisputeStatus.CANCELLED
          ? "The dispute is already cancelled."
          : "The dispute was already decided and a refund may have been paid; it can no longer be cancelled.");
    }
    disputes.cancel(id, clock.instant());
    timeline.record(id, "CANCELLED", buyer.value(), "BUYER", "Buyer cancelled the dispute", Map.of());
    process.deliver(id, DisputeProcess.MESSAGE_CANCELLED);
    events.publishEvent(new DisputeCancelled(id));
    return access.get(id);
  }

  private void agree(Dispute d, Outcome agreed, PartyId actor, String role, String summary) {
    disputes.resolve(d.id(), clock.instant());
    timeline.record(d.id(), "AGREED", actor.value(), role, summary + ": " + describe(agreed),
        Map.of("type", agreed.type().name()));
    process.deliver(d.id(), DisputeProcess.MESSAGE_AGREEMENT);
    events.publishEvent(new DisputeAgreed(d.id(), agreed, agreed.refund(d.moneyPaid()), d.currency()));
  }

  private static void requireNegotiation(Dispute d) {
    if (d.status() != DisputeStatus.NEGOTIATION) {
      throw RuleViolation.conflict("wrong-stage", "The dispute is no longer in negotiation (it is " + d.status()
          + "); responses are closed.");
    }
  }

  private static void requireRole(boolean ok, String message) {
    if (!ok) {
      throw new RuleViolation(HttpStatus.FORBIDDEN, "wrong-party", message);
    }
  }

  static String describe(Outcome o) {
    return o.amount() == null ? o.type().name() : o.type() + " of " + o.amount().toPlainString();
  }
}
