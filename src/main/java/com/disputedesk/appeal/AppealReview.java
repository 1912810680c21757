package com.disputedesk.appeal;

import java.math.BigDecimal;
import java.time.Instant;

/** One round's result, kept forever: the per-appeal history commissioners read. */
public record AppealReview(int round, String commissionerId, AppealOutcome outcome, BigDecimal compensation,
    String explanation, Instant decidedAt) {}
