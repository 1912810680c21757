package com.disputedesk.integration;

import com.disputedesk.common.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The {@code data} of appeal and coupon events, as documented in docs/asyncapi.yaml. */
final class AppealEventData {
  private AppealEventData() {}

  record AppealFiled(UUID disputeId, UUID appealId, int round, Instant reviewDueAt) {}

  record AppealWithdrawn(UUID disputeId, UUID appealId) {}

  record AppealDecided(UUID disputeId, UUID appealId, int round, String outcome, Money compensation,
      String explanation, Instant couponsDueAt) {}

  record IssuedCoupon(String code, Money amount, Instant validUntil) {}

  record CouponIssued(UUID disputeId, UUID appealId, String buyerId, Money total, List<IssuedCoupon> coupons) {}

  record CouponRedeemed(UUID disputeId, String code, String buyerId, String orderId, Money amount,
      Instant redeemedAt) {}

  record CouponExpired(UUID disputeId, String code, String buyerId, Money amount, Instant expiredAt) {}
}
