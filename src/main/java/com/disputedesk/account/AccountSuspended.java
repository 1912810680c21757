package com.disputedesk.account;

import java.util.UUID;

/** A party was suspended (or, with {@code cancelled}, lost its membership); emailed with the reason. */
public record AccountSuspended(String partyId, UUID reviewId, boolean cancelled) {}
