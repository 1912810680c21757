package com.disputedesk.coupon;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One compensation coupon; {@code status} is as stored (the expiry timer marks it EXPIRED). */
public record Coupon(String code, UUID appealId, int seq, UUID disputeId, String buyerId, BigDecimal amount,
    String currency, Instant issuedAt, Instant validUntil, CouponStatus status, Instant redeemedAt,
    String redeemedOrderId, Instant expiredAt) {

  /** As the buyer sees it at {@code now}: past its validity it is expired even before the timer ran. */
  public CouponStatus statusAt(Instant now) {
    return status == CouponStatus.ACTIVE && !now.isBefore(validUntil) ? CouponStatus.EXPIRED : status;
  }
}
