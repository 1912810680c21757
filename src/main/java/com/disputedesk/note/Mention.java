package com.disputedesk.note;

import java.time.Instant;
import java.util.UUID;

/** A note naming someone that they have not read yet: where it is ({@code caseRoute}), who wrote what, when. */
public record Mention(UUID noteId, UUID caseId, String caseRoute, String author, String body, Instant at) {}
