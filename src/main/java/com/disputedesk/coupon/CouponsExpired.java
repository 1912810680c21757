package com.disputedesk.coupon;

import java.util.List;
import java.util.UUID;

/** {@code coupon-validity} ended: these coupons of the dispute's appeal were never redeemed and expired now. */
public record CouponsExpired(UUID disputeId, List<Coupon> coupons) {}
