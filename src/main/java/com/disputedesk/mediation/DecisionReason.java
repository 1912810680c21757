package com.disputedesk.mediation;

/** Why a mediator decided as they did; reported per code in quality reviews. */
public enum DecisionReason {
  NOT_DELIVERED,
  EMPTY_PARCEL_CONFIRMED,
  NOT_AS_DESCRIBED_CONFIRMED,
  DAMAGE_CONFIRMED,
  COUNTERFEIT_CONFIRMED,
  WRONG_ITEM_CONFIRMED,
  QUANTITY_SHORT_CONFIRMED,
  DELIVERED_AS_DESCRIBED,
  INSUFFICIENT_BUYER_EVIDENCE,
  SELLER_EVIDENCE_UNRELIABLE;

  /** Reasons that refuse the buyer justify only a rejection; every other reason justifies only a refund. */
  public boolean supports(DecisionOutcome outcome) {
    boolean forSeller = this == DELIVERED_AS_DESCRIBED || this == INSUFFICIENT_BUYER_EVIDENCE;
    return outcome == null || forSeller == (outcome == DecisionOutcome.REJECTED);
  }

  public static java.util.List<DecisionReason> supporting(DecisionOutcome outcome) {
    return java.util.Arrays.stream(values()).filter(r -> r.supports(outcome)).toList();
  }
}
