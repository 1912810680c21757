package com.disputedesk.mediation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A proposed change of a mediation decision, waiting for a second mediator. */
public record DecisionRevision(UUID id, UUID disputeId, String proposedBy, DecisionOutcome outcome, BigDecimal amount,
    DecisionReason reason, String explanation, Instant proposedAt, String status, String reviewedBy) {}
