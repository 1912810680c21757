package com.disputedesk.mediation;

import java.math.BigDecimal;
import java.time.Instant;

/** One version of a dispute's decision (1 the first, each approved revision the next), as it was taken. */
public record DecisionVersion(int revision, String mediatorId, DecisionOutcome outcome, BigDecimal amount,
    String currency, DecisionReason reason, String explanation, Instant decidedAt) {}
