package com.disputedesk.note;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A note as written, with the colleagues it mentions. */
public record CaseNote(UUID id, UUID caseId, String author, String body, Instant createdAt, List<String> mentions) {}
