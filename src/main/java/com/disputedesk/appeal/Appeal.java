package com.disputedesk.appeal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A buyer's appeal against a mediation decision, as stored; {@code round} 2 is a second review. */
public record Appeal(UUID id, UUID disputeId, String buyerId, String description, List<UUID> evidenceIds,
    AppealStatus status, int round, Instant filedAt, Instant reviewStartedAt, Instant reviewDueAt, int priority,
    String commissionerId, AppealOutcome outcome, BigDecimal compensation, String currency, String explanation,
    Instant decidedAt, Instant couponsDueAt, Instant withdrawnAt) {

  public boolean overturned() {
    return status == AppealStatus.OVERTURNED;
  }
}
