package com.disputedesk.mediation;

import java.math.BigDecimal;

/** What a mediator submits; {@code amount} only for PARTIAL_REFUND. */
public record DecisionCommand(DecisionOutcome outcome, BigDecimal amount, DecisionReason reason, String explanation) {}
