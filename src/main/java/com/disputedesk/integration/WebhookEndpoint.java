package com.disputedesk.integration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A receiver of webhooks, without its secret. {@code eventTypes} empty: every type. {@code disabledReason} says why
 * DisputeDesk stopped delivering (410 Gone, failing for days) or who disabled it; {@code failingSince} is the first
 * failure since the last success.
 */
public record WebhookEndpoint(UUID id, String url, String description, List<String> eventTypes, boolean enabled,
    String disabledReason, Instant disabledAt, Instant failingSince, Instant previousSecretValidUntil,
    Instant createdAt, String createdBy, Instant updatedAt) {}
