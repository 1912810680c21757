package com.disputedesk.appeal;

/** Where an appeal stands; the buyer reads it as the sentence of {@link #forBuyer()}. */
public enum AppealStatus {
  PENDING, IN_REVIEW, UPHELD, OVERTURNED, WITHDRAWN;

  public String forBuyer() {
    return switch (this) {
      case PENDING -> "appeal pending";
      case IN_REVIEW -> "your appeal is being processed";
      case UPHELD, OVERTURNED -> "appeal processed";
      case WITHDRAWN -> "appeal withdrawn";
    };
  }

  public boolean decided() {
    return this == UPHELD || this == OVERTURNED;
  }
}
