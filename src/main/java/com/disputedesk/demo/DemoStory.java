package com.disputedesk.demo;

import com.disputedesk.common.Money;
import com.disputedesk.common.PartyId;
import com.disputedesk.dispute.BuyerResponseRequest;
import com.disputedesk.dispute.DisputeReason;
import com.disputedesk.dispute.OpenDisputeRequest;
import com.disputedesk.dispute.OrderSnapshot;
import com.disputedesk.dispute.Outcome;
import com.disputedesk.dispute.OutcomeType;
import com.disputedesk.dispute.SellerResponseRequest;
import com.disputedesk.evidence.EvidenceKind;
import com.disputedesk.mediation.DecisionCommand;
import com.disputedesk.mediation.DecisionOutcome;
import com.disputedesk.mediation.DecisionReason;
import com.disputedesk.mediation.EvidenceRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** One demo dispute told step by step; each step happens at the story's own (past) time. */
final class DemoStory {
  private final DemoServices s;
  private final PartyId buyer;
  private final PartyId seller;
  private Instant at;
  private UUID id;

  DemoStory(DemoServices services, String buyer, String seller, Instant openedAt) {
    this.s = services;
    this.buyer = PartyId.of(buyer);
    this.seller = PartyId.of(seller);
    this.at = openedAt;
  }

  DemoStory open(String orderId, String store, String item, String total, String coupons, DisputeReason reason,
      boolean received, Outcome requested, String description, String tracking) {
    tick(Duration.ZERO);
    var order = new OrderSnapshot(orderId, seller.value(), store, item, Money.of(total, "RUB"), Money.of(coupons, "RUB"),
        tracking, received ? at.minus(Duration.ofDays(2)) : null, at.plus(Duration.ofDays(30)), null, null);
    id = s.opening().open(buyer, new OpenDisputeRequest(order, reason, received, requested, description)).id();
    return this;
  }

  DemoStory buyerEvidence(Duration later, EvidenceKind kind, String filename, byte[] content, String note) {
    tick(later);
    s.evidence().add(buyer, id, kind, note, filename, null,
        new org.springframework.core.io.ByteArrayResource(content));
    return this;
  }

  DemoStory sellerEvidence(Duration later, EvidenceKind kind, String filename, byte[] content, String note) {
    tick(later);
    s.evidence().add(seller, id, kind, note, filename, null,
        new org.springframework.core.io.ByteArrayResource(content));
    return this;
  }

  DemoStory sellerRejects(Duration later, String message) {
    tick(later);
    s.negotiation().sellerResponds(seller, id, new SellerResponseRequest(SellerResponseRequest.Action.REJECT, null, message));
    return this;
  }

  DemoStory sellerProposes(Duration later, String amount, String message) {
    tick(later);
    s.negotiation().sellerResponds(seller, id, new SellerResponseRequest(SellerResponseRequest.Action.PROPOSE,
        new Outcome(amount == null ? OutcomeType.REPLACEMENT : OutcomeType.PARTIAL_REFUND,
            amount == null ? null : new BigDecimal(amount)), message));
    return this;
  }

  DemoStory sellerAccepts(Duration later) {
    tick(later);
    s.negotiation().sellerResponds(seller, id, new SellerResponseRequest(SellerResponseRequest.Action.ACCEPT, null,
        "Sorry for the trouble, refund approved."));
    return this;
  }

  DemoStory buyerAcceptsProposal(Duration later) {
    tick(later);
    s.negotiation().buyerResponds(buyer, id, new BuyerResponseRequest(BuyerResponseRequest.Action.ACCEPT_PROPOSAL,
        null, "Fine, I accept."));
    return this;
  }

  DemoStory escalate(Duration later) {
    tick(later);
    s.negotiation().escalate(buyer, id);
    return this;
  }

  DemoStory cancel(Duration later) {
    tick(later);
    s.negotiation().cancel(buyer, id);
    return this;
  }

  DemoStory claim(Duration later, String mediator) {
    tick(later);
    s.desk().claim(s.desk().open(id).openTask().orElseThrow().taskId(), mediator);
    return this;
  }

  DemoStory requestEvidence(Duration later, String mediator, boolean fromBuyer, boolean fromSeller, String message) {
    tick(later);
    s.requests().request(id, mediator, fromBuyer, fromSeller, message);
    return this;
  }

  DemoStory answer(Duration later, boolean asBuyer, String message) {
    tick(later);
    List<EvidenceRequest> open = s.requests().of(id).stream()
        .filter(r -> r.status() == EvidenceRequest.Status.OPEN).toList();
    s.requests().answer(asBuyer ? buyer : seller, id, open.get(0).id(), message, List.of());
    return this;
  }

  DemoStory decide(Duration later, String mediator, DecisionOutcome outcome, String amount, DecisionReason reason,
      String explanation) {
    tick(later);
    s.decisions().decide(id, mediator, new DecisionCommand(outcome, amount == null ? null : new BigDecimal(amount),
        reason, explanation));
    return this;
  }

  DemoStory proposeRevision(Duration later, String mediator, DecisionOutcome outcome, String amount,
      DecisionReason reason, String explanation) {
    tick(later);
    s.revisions().propose(id, mediator, new DecisionCommand(outcome, amount == null ? null : new BigDecimal(amount),
        reason, explanation));
    return this;
  }

  /** The rest of the story after the mediator's decision: the appeal and what follows it. */
  DemoAppealStory appeal(Duration later, String description) {
    tick(later);
    s.appeals().file(id, buyer, description, List.of());
    return new DemoAppealStory(s, id, buyer, at);
  }

  private void tick(Duration later) {
    at = at.plus(later);
    ClockUtil.setCurrentTime(Date.from(at));
  }
}
