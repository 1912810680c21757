package com.disputedesk.appeal;

import java.util.UUID;

/** {@code appeal-review} ran out: the item went up to the quality reviewers. Nothing was decided. */
public record AppealReviewBreached(UUID disputeId, UUID appealId, int round) {}
