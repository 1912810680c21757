package com.disputedesk.notification;

import java.time.Instant;
import java.util.UUID;

public record OutgoingEmail(UUID id, UUID caseId, String recipient, String subject, String body, Instant createdAt,
    Instant sentAt, String status, String error) {}
