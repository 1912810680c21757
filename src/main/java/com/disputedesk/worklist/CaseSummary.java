package com.disputedesk.worklist;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * What a queue shows and filters on for one task of a case; supplied by the module that owns the case.
 * {@code excludedUsers} never see the item in a queue (four-eyes: the mediators of a case under appeal).
 */
public record CaseSummary(String title, String stage, String reason, BigDecimal amount, String currency,
    String orderId, String buyerId, String sellerId, String slaPolicy, Instant slaStartedAt, Instant slaDueAt,
    boolean evidenceOverdue, int priority, Set<String> excludedUsers) {

  public CaseSummary(String title, String stage, String reason, BigDecimal amount, String currency, String orderId,
      String buyerId, String sellerId, String slaPolicy, Instant slaStartedAt, Instant slaDueAt,
      boolean evidenceOverdue, int priority) {
    this(title, stage, reason, amount, currency, orderId, buyerId, sellerId, slaPolicy, slaStartedAt, slaDueAt,
        evidenceOverdue, priority, Set.of());
  }

  String searchText() {
    return String.join(" ", nz(orderId), nz(buyerId), nz(sellerId), nz(title)).toLowerCase();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
