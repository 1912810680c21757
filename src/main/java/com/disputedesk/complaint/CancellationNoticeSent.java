package com.disputedesk.complaint;

import java.util.UUID;

/** The accused is warned that membership cancellation is considered and gets a second response period. */
public record CancellationNoticeSent(UUID caseId) {}
