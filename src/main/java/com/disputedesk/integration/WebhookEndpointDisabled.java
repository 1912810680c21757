package com.disputedesk.integration;

import java.util.UUID;

/** DisputeDesk stopped delivering to an endpoint (410 Gone, or failing for days); administrators are told. */
public record WebhookEndpointDisabled(UUID endpointId, String url, String reason) {}
