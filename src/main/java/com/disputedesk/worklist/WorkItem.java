package com.disputedesk.worklist;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An open human task as a queue row. */
public record WorkItem(String taskId, UUID caseId, String caseType, String taskKey, String candidateGroup,
    String assignee, Instant claimedAt, Instant leaseExpiresAt, String title, String stage, String reason,
    BigDecimal amount, String currency, String orderId, String buyerId, String sellerId, String slaPolicy,
    Instant slaStartedAt, Instant slaDueAt, boolean evidenceOverdue, int priority, Instant createdAt) {

  /** Share of the SLA still left at {@code now}: 1 at the start, 0 at the due date, negative once breached. */
  public double slaLeft(Instant now) {
    if (slaDueAt == null || slaStartedAt == null) {
      return 1;
    }
    double total = Math.max(1, slaDueAt.toEpochMilli() - slaStartedAt.toEpochMilli());
    return (slaDueAt.toEpochMilli() - now.toEpochMilli()) / total;
  }
}
