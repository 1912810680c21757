package com.disputedesk.appeal;

import java.math.BigDecimal;
import java.util.UUID;

/** A commissioner upheld or overturned; {@code compensation} is credited as coupons after {@code coupon-issue-delay}. */
public record AppealDecided(UUID disputeId, UUID appealId, int round, AppealOutcome outcome, BigDecimal compensation,
    String currency) {}
