package com.disputedesk.account;

import java.time.Instant;
import java.util.UUID;

/** A party's standing: ACTIVE unless a decision suspended or cancelled it. */
public record Standing(String partyId, Status status, Instant changedAt, String reason, UUID sourceId) {
  public enum Status { ACTIVE, SUSPENDED, CANCELLED }

  public static Standing active(String partyId) {
    return new Standing(partyId, Status.ACTIVE, null, null, null);
  }
}
