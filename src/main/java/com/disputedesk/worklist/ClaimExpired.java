package com.disputedesk.worklist;

import java.util.UUID;

/** An idle claim ran out of its {@code claim-lease}; the task is back in its queue and the holder is told. */
public record ClaimExpired(UUID caseId, String taskId, String holder, String title) {}
