package com.disputedesk.coupon;

public enum CouponStatus { ACTIVE, REDEEMED, EXPIRED }
