package com.disputedesk.dispute;

import java.math.BigDecimal;
import java.util.UUID;

/** Buyer and seller agreed in negotiation; {@code refund} is owed to the buyer (zero for a replacement). */
public record DisputeAgreed(UUID disputeId, Outcome agreed, BigDecimal refund, String currency) {}
