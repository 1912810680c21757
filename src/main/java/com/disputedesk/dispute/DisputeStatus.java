package com.disputedesk.dispute;

import java.util.EnumSet;
import java.util.Set;

public enum DisputeStatus {
  NEGOTIATION, ESCALATED, AWAITING_EVIDENCE, RESOLVED, CANCELLED, APPEAL_PENDING, APPEAL_IN_REVIEW, APPEAL_UPHELD,
  APPEAL_OVERTURNED, APPEAL_WITHDRAWN, CLOSED;

  static final Set<DisputeStatus> IN_MEDIATION = EnumSet.of(ESCALATED, AWAITING_EVIDENCE);
  /** A buyer may cancel until a refund was decided or paid. */
  static final Set<DisputeStatus> CANCELLABLE = EnumSet.of(NEGOTIATION, ESCALATED, AWAITING_EVIDENCE);

  public Stage stage() {
    return switch (this) {
      case NEGOTIATION -> Stage.NEGOTIATION;
      case ESCALATED, AWAITING_EVIDENCE -> Stage.MEDIATION;
      case RESOLVED -> Stage.DECIDED;
      case APPEAL_PENDING, APPEAL_IN_REVIEW -> Stage.APPEAL;
      case CANCELLED, APPEAL_UPHELD, APPEAL_OVERTURNED, APPEAL_WITHDRAWN, CLOSED -> Stage.CLOSED;
    };
  }

  public enum Stage { NEGOTIATION, MEDIATION, DECIDED, APPEAL, CLOSED }
}
