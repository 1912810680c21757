package com.disputedesk.dispute;

import java.time.Instant;

/** One step of the negotiation. {@code action}: REQUEST, MODIFY_REQUEST, ACCEPT, REJECT, PROPOSE, ACCEPT_PROPOSAL. */
public record Offer(String party, String action, Outcome outcome, String message, Instant at) {}
