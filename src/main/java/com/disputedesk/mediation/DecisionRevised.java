package com.disputedesk.mediation;

import java.math.BigDecimal;
import java.util.UUID;

/** A second mediator approved a revision: {@code decisionId} is the new version; refunds follow the difference. */
public record DecisionRevised(UUID disputeId, UUID decisionId, DecisionOutcome outcome, BigDecimal previousRefund,
    BigDecimal refund, String currency, String proposedBy, String approvedBy) {}
