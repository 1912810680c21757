package com.disputedesk.dispute;

public enum DisputeReason {
  NOT_RECEIVED, EMPTY_PACKAGE, NOT_AS_DESCRIBED, DAMAGED, COUNTERFEIT, WRONG_ITEM, QUANTITY_SHORT
}
