package com.disputedesk.complaint;

import java.util.UUID;

/** A reviewer decided the case: {@code outcome} UPHELD (with {@code sanction}) or DISMISSED. */
public record ComplaintResolved(UUID caseId, String outcome, Sanction sanction) {}
