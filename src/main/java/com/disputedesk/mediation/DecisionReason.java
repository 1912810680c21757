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
  SELLER_EVIDENCE_UNRELIABLE
}
