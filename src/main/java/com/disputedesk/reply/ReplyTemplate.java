package com.disputedesk.reply;

import java.time.Instant;
import java.util.UUID;

/** A kept reply; {@code outcome} and {@code reason} are constant names, null meaning "any". */
public record ReplyTemplate(UUID id, String purpose, String outcome, String reason, String name, String body,
    String updatedBy, Instant updatedAt) {

  /** How closely it fits a form's outcome and reason: 2 per exact code, 0 for "any"; -1 if it does not fit. */
  int fit(String formOutcome, String formReason) {
    int outcomeFit = outcome == null ? 0 : outcome.equals(formOutcome) ? 2 : -100;
    int reasonFit = reason == null ? 0 : reason.equals(formReason) ? 2 : -100;
    return Math.max(-1, outcomeFit + reasonFit);
  }
}
