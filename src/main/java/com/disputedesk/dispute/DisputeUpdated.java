package com.disputedesk.dispute;

import java.util.UUID;

/**
 * A party moved the negotiation on without ending it: the seller rejected or proposed, the buyer changed the request.
 * {@code outcome} is the proposal or new request (null for a rejection).
 */
public record DisputeUpdated(UUID disputeId, String by, String action, Outcome outcome, String message) {}
