package com.disputedesk.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What search finds and a party's record counts for one case, as its owning module states it. {@code linkId} is
 * the id the case's screens use (an appeal's dispute); {@code slaDueAt} only while a deadline runs; {@code keys}
 * are further exact keys (a complaint's reporters, an appeal's coupon codes).
 */
public record IndexedCase(UUID caseId, CaseKind kind, UUID linkId, String status, boolean open, String reason,
    String outcome, String orderId, String buyerId, String sellerId, List<String> parties, String storeName,
    String title, String trackingNumber, BigDecimal amount, String currency, Instant openedAt, Instant decidedAt,
    String decidedBy, Instant slaDueAt, List<String> keys) {

  public IndexedCase {
    parties = parties == null ? List.of() : List.copyOf(parties);
    keys = keys == null ? List.of() : List.copyOf(keys);
  }
}
