package com.disputedesk.mediation;

import java.math.BigDecimal;
import java.util.UUID;

/** A mediator decided; {@code refund} is owed to the buyer (zero when REJECTED). Published once per decision. */
public record DisputeDecided(UUID disputeId, UUID decisionId, DecisionOutcome outcome, BigDecimal refund,
    String currency, DecisionReason reason) {}
