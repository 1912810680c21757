package com.disputedesk.dispute;

import java.util.UUID;

/** The buyer cancelled; it can never be reopened. */
public record DisputeCancelled(UUID disputeId) {}
