package com.disputedesk.timeline;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One step of a case: who did what, when. {@code details} holds the step's own data (amounts, ids). */
public record TimelineEntry(long id, UUID caseId, String type, String actor, String actorRole, Instant at,
    String summary, Map<String, Object> details) {}
