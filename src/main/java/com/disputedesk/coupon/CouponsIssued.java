package com.disputedesk.coupon;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** An overturned appeal's compensation was credited; {@code coupons} are the ones issued now. */
public record CouponsIssued(UUID disputeId, UUID appealId, String buyerId, int count, BigDecimal total,
    String currency, List<Coupon> coupons) {}
