package com.disputedesk.appeal;

import java.time.Instant;
import java.util.UUID;

/** The buyer's review of the dispute resolution service after an upheld appeal, and what a quality reviewer did. */
public record Feedback(UUID id, UUID appealId, int round, int rating, String text, Instant receivedAt,
    String reviewedBy, String action, Instant reviewedAt) {}
