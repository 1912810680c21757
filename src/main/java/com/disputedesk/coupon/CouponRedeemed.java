package com.disputedesk.coupon;

/** The marketplace reported a coupon spent; {@code coupon} is as stored after the redemption. */
public record CouponRedeemed(Coupon coupon) {}
