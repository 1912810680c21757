package com.disputedesk.complaint;

import java.util.List;

/** The five complaint types and their sub-reasons; a SEARCH_EXPOSURE_CHEATING report must say which trick. */
public enum ComplaintType {
  COUNTERFEIT_PRODUCTS(false, "FAKE_BRAND", "REPLICA_SOLD_AS_ORIGINAL"),
  RESTRICTED_OR_PROHIBITED_PRODUCTS(false, "PROHIBITED_ITEM", "RESTRICTED_WITHOUT_LICENCE"),
  SEARCH_EXPOSURE_CHEATING(true, "WRONG_CATEGORY", "MISLEADING_PRICE", "DUPLICATE_LISTING", "KEYWORD_STUFFING"),
  OFF_PLATFORM_TRADING(false, "CONTACT_DETAILS_IN_LISTING", "PAYMENT_OUTSIDE_PLATFORM"),
  FALSE_INFORMATION(false, "WRONG_SPECIFICATIONS", "MISLEADING_PHOTOS", "FAKE_REVIEWS");

  private final boolean subReasonRequired;
  private final List<String> subReasons;

  ComplaintType(boolean subReasonRequired, String... subReasons) {
    this.subReasonRequired = subReasonRequired;
    this.subReasons = List.of(subReasons);
  }

  public boolean subReasonRequired() {
    return subReasonRequired;
  }

  public List<String> subReasons() {
    return subReasons;
  }
}
