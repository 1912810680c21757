package com.disputedesk.worklist;

import java.math.BigDecimal;
import java.time.Instant;

/** What a queue shows and filters on for one task of a case; supplied by the module that owns the case. */
public record CaseSummary(String title, String stage, String reason, BigDecimal amount, String currency,
    String orderId, String buyerId, String sellerId, String slaPolicy, Instant slaStartedAt, Instant slaDueAt,
    boolean evidenceOverdue, int priority) {

  String searchText() {
    return String.join(" ", nz(orderId), nz(buyerId), nz(sellerId), nz(title)).toLowerCase();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
