package com.disputedesk.integration;

import java.time.Instant;
import java.util.UUID;

/**
 * The envelope every receiver gets, in webhooks and in the feed: {@code id} is also the {@code webhook-id} (the same
 * on every retry and resend, so receivers de-duplicate on it); {@code sequence} counts a case's events from 1.
 */
public record IntegrationEvent(UUID id, String type, Instant occurredAt, UUID caseId, int sequence, Object data) {}
