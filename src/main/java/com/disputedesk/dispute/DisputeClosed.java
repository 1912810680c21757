package com.disputedesk.dispute;

import java.util.UUID;

/** The appeal window ended without an appeal; the case is closed. */
public record DisputeClosed(UUID disputeId) {}
