package com.disputedesk.mediation;

import java.time.Instant;
import java.util.UUID;

public record EvidenceRequested(UUID disputeId, UUID requestId, boolean fromBuyer, boolean fromSeller, String message,
    Instant dueAt) {}
