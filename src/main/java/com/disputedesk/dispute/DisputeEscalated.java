package com.disputedesk.dispute;

import java.util.UUID;

/** The dispute went to mediation, by the buyer or by the negotiation timer. */
public record DisputeEscalated(UUID disputeId, String escalatedBy) {}
