package com.disputedesk.account;

import java.util.UUID;

/** An account review ran past {@code account-review}; it was raised in the reviewers' queue. */
public record AccountReviewBreached(UUID reviewId, String partyId, int priority) {}
