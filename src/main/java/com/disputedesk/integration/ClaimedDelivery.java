package com.disputedesk.integration;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** A delivery leased to this node for one attempt: the event's exact body and the secrets to sign it with. */
record ClaimedDelivery(UUID deliveryId, UUID endpointId, URI url, UUID eventId, String body, int attempt,
    List<String> secrets) {}
