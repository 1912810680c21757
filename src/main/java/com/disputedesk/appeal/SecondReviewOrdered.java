package com.disputedesk.appeal;

import java.util.UUID;

/** A quality reviewer sent an upheld appeal to a second review by a different commissioner. */
public record SecondReviewOrdered(UUID disputeId, UUID appealId, int round, String qualityReviewer) {}
