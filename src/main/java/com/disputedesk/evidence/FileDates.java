package com.disputedesk.evidence;

import java.time.Instant;

/** Dates a file carries inside it; any may be unknown (null). */
public record FileDates(Instant capturedAt, Instant createdAt, Instant modifiedAt) {
  static final FileDates NONE = new FileDates(null, null, null);
}
