package com.disputedesk.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A search result: the case as indexed, with who holds its open task now and that task's stage and deadline
 * (from the queues); {@code holder} and {@code stage} are null when nobody works it.
 */
public record FoundCase(UUID caseId, CaseKind kind, UUID linkId, String status, boolean open, String reason,
    String outcome, String orderId, String buyerId, String sellerId, String storeName, String title,
    BigDecimal amount, String currency, Instant openedAt, Instant decidedAt, String decidedBy, Instant slaDueAt,
    String stage, String holder) {

  FoundCase withWork(String stage, String holder, Instant due) {
    return new FoundCase(caseId, kind, linkId, status, open, reason, outcome, orderId, buyerId, sellerId, storeName,
        title, amount, currency, openedAt, decidedAt, decidedBy, due == null ? slaDueAt : due, stage, holder);
  }
}
