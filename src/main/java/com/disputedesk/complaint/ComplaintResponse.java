package com.disputedesk.complaint;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The accused's answer in one response period. */
public record ComplaintResponse(UUID caseId, int round, String responderId, String message, List<UUID> evidenceIds,
    Instant answeredAt) {}
