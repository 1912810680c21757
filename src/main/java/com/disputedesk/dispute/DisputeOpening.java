package com.disputedesk.dispute;

import com.disputedesk.common.EnglishText;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.PartyId;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.sla.SlaPolicies;
import com.disputedesk.timeline.CaseTimeline;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A buyer opens a dispute on one paid order: at most one per order, ever (DOMAIN.md §1). */
@Service
public class DisputeOpening {
  private final DisputeRepository disputes;
  private final OfferRepository offers;
  private final OpeningWindowPolicy window;
  private final SlaPolicies policies;
  private final DisputeProcess process;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  DisputeOpening(DisputeRepository disputes, OfferRepository offers, OpeningWindowPolicy window, SlaPolicies policies,
      DisputeProcess process, CaseTimeline timeline, ApplicationEventPublisher events, Clock clock) {
    this.disputes = disputes;
    this.offers = offers;
    this.window = window;
    this.policies = policies;
    this.process = process;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Dispute open(PartyId buyer, OpenDisputeRequest request) {
    OrderSnapshot order = request.order();
    BigDecimal moneyPaid = checkPayment(order);
    Outcome requested = OutcomeRules.checkRequest("requestedOutcome", request.requestedOutcome(), moneyPaid);
    String description = EnglishText.require("description", request.description(), 4000);
    if (order.sellerId().equals(buyer.value())) {
      throw new InvalidInput("order.sellerId", "a buyer cannot open a dispute against themselves");
    }
    Instant now = clock.instant();
    window.check(order, now);
    if (disputes.existsForOrder(order.orderId())) {
      throw alreadyDisputed(order.orderId());
    }
    Dispute dispute = new Dispute(UUID.randomUUID(), order.orderId(), buyer.value(), order.sellerId(),
        order.buyerEmail(), order.sellerEmail(), order.storeName().strip(), order.itemTitle().strip(),
        order.totalPaid().currency(), order.totalPaid().amount(), order.couponPaid().amount(), order.trackingNumber(),
        order.receiptConfirmedAt(), order.protectionEndsAt(), request.reason(), request.goodsReceived(), requested,
        description, DisputeStatus.NEGOTIATION, WaitingFor.SELLER, false, now,
        policies.dueFrom(Negotiation.NEGOTIATION_POLICY, now), null, null, null, null, false, null, 0, null, null, null,
        null, null);
    try {
      disputes.insert(dispute);
    } catch (DuplicateKeyException e) {
      throw alreadyDisputed(order.orderId()); // a concurrent opening on the same order won the race
    }
    offers.add(dispute.id(), "BUYER", "REQUEST", requested, description, now);
    timeline.record(dispute.id(), "OPENED", buyer.value(), "BUYER",
        "Buyer opened a dispute: " + request.reason() + ", asks for " + requested.type(),
        Map.of("reason", request.reason().name(), "requested", requested.type().name()));
    process.start(dispute.id());
    events.publishEvent(new DisputeOpened(dispute.id()));
    return dispute;
  }

  private static BigDecimal checkPayment(OrderSnapshot order) {
    if (!order.totalPaid().currency().equals(order.couponPaid().currency())) {
      throw new InvalidInput("order.couponPaid.currency", "must be the currency of totalPaid");
    }
    if (!order.totalPaid().isPositive()) {
      throw new InvalidInput("order.totalPaid.amount", "must be greater than zero");
    }
    if (order.couponPaid().isNegative() || order.couponPaid().exceeds(order.totalPaid())) {
      throw new InvalidInput("order.couponPaid.amount", "must be between zero and totalPaid");
    }
    return order.totalPaid().minus(order.couponPaid()).amount();
  }

  private static RuleViolation alreadyDisputed(String orderId) {
    return RuleViolation.conflict("dispute-exists", "Order " + orderId + " already has a dispute. "
        + "An order can be disputed only once, and a cancelled or closed dispute cannot be reopened.");
  }
}
