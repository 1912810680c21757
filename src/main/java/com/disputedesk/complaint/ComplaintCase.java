package com.disputedesk.complaint;

import java.time.Instant;
import java.util.UUID;

/** The complaints about one listing, decided once. */
public record ComplaintCase(UUID id, String listingKey, String productUrl, String accusedId, Status status,
    Instant openedAt, Instant responseDueAt, boolean noResponse, int round, Instant noticeSentAt, String outcome,
    Sanction sanction, String decisionReason, String decidedBy, Instant decidedAt) {

  public enum Status {
    WAITING_FOR_RESPONSE, PROCESSING, RESOLVED;

    /** The sentence reporter and accused read. */
    public String text() {
      return switch (this) {
        case WAITING_FOR_RESPONSE -> "waiting for a response from the interlocutor";
        case PROCESSING -> "processing";
        case RESOLVED -> "resolved";
      };
    }
  }
}
