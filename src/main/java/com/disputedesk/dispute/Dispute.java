package com.disputedesk.dispute;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A dispute's current state, as stored. Changes go through {@link DisputeCommands} and {@link DisputeMediation}. */
public record Dispute(UUID id, String orderId, String buyerId, String sellerId, String buyerEmail, String sellerEmail,
    String storeName, String itemTitle, String currency, BigDecimal totalPaid, BigDecimal couponPaid,
    String trackingNumber, Instant receiptConfirmedAt, Instant protectionEndsAt, DisputeReason reason,
    boolean goodsReceived, Outcome requested, String description, DisputeStatus status, WaitingFor waitingFor,
    boolean sellerRejected, Instant openedAt, Instant negotiationDueAt, Instant escalatedAt, String escalatedBy,
    Instant mediationDueAt, Instant evidenceDueAt, boolean evidenceOverdue, String mediatorId, int priority, Decision decision,
    Instant appealDueAt, Instant resolvedAt, Instant cancelledAt, Instant closedAt) {

  /** The mediator's current decision as the parties see it. */
  public record Decision(String outcome, BigDecimal amount, String reasonCode, String explanation, Instant decidedAt) {}

  /** The part of the order paid in money: the only part that can ever be refunded (coupons are not). */
  public BigDecimal moneyPaid() {
    return totalPaid.subtract(couponPaid);
  }

  public boolean involves(String partyId) {
    return buyerId.equals(partyId) || sellerId.equals(partyId);
  }

  public boolean isBuyer(String partyId) {
    return buyerId.equals(partyId);
  }

  public boolean isSeller(String partyId) {
    return sellerId.equals(partyId);
  }
}
