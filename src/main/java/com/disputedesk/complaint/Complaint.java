package com.disputedesk.complaint;

import java.time.Instant;
import java.util.UUID;

/** One report by one reporter; it belongs to the case of its listing. */
public record Complaint(UUID id, UUID caseId, String reporterId, ComplaintType type, String subReason,
    String productUrl, String accusedId, String description, UUID evidenceId, Instant filedAt) {}
