package com.disputedesk.dispute;

import java.util.UUID;

/** A buyer opened a dispute; the seller is told. */
public record DisputeOpened(UUID disputeId) {}
