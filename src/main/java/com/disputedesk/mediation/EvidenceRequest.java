package com.disputedesk.mediation;

import java.time.Instant;
import java.util.UUID;

/** A mediator's request for more evidence from the buyer and/or the seller, with its deadline and answers. */
public record EvidenceRequest(UUID id, UUID disputeId, String mediatorId, String message, boolean fromBuyer,
    boolean fromSeller, Instant dueAt, Instant createdAt, Instant buyerAnsweredAt, String buyerAnswer,
    Instant sellerAnsweredAt, String sellerAnswer, Status status) {

  public enum Status { OPEN, ANSWERED, OVERDUE }

  boolean awaits(String role) {
    return "BUYER".equals(role) ? fromBuyer && buyerAnsweredAt == null : fromSeller && sellerAnsweredAt == null;
  }

  boolean allAnsweredAfter(String role) {
    boolean buyerDone = !fromBuyer || buyerAnsweredAt != null || "BUYER".equals(role);
    boolean sellerDone = !fromSeller || sellerAnsweredAt != null || "SELLER".equals(role);
    return buyerDone && sellerDone;
  }
}
