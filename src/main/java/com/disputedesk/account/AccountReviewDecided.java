package com.disputedesk.account;

import java.util.UUID;

/** A reviewer decided; the party is emailed the {@code status} and the reasons. */
public record AccountReviewDecided(UUID reviewId, String partyId, AccountReview.Status status) {}
