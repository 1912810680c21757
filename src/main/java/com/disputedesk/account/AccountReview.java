package com.disputedesk.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One review of a party's account. */
public record AccountReview(UUID id, String partyId, Trigger trigger, String sourceKind, UUID sourceId,
    String openedBy, String openedReason, Status status, Instant openedAt, Instant reviewStartedAt, Instant reviewDueAt,
    int priority, String appealMessage, List<UUID> appealEvidence, Instant appealFiledAt, String decidedBy,
    Instant decidedAt, String decisionReasons) {

  public enum Trigger { FRAUD_FLAG, SUSPENSION }

  public enum Status {
    UNDER_REVIEW, CLEARED, AWAITING_APPEAL, APPEAL_PENDING, REINSTATED, SUSPENSION_UPHELD;

    public boolean open() {
      return this == UNDER_REVIEW || this == AWAITING_APPEAL || this == APPEAL_PENDING;
    }
  }
}
