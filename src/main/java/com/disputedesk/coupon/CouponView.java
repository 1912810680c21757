package com.disputedesk.coupon;

import com.disputedesk.common.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** A coupon as the buyer sees it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CouponView(String code, Money value, Instant issuedAt, Instant validUntil, CouponStatus status,
    Instant redeemedAt, String redeemedOrderId, UUID disputeId) {

  static CouponView of(Coupon c, Instant now) {
    return new CouponView(c.code(), new Money(c.amount(), c.currency()), c.issuedAt(), c.validUntil(), c.statusAt(now),
        c.redeemedAt(), c.redeemedOrderId(), c.disputeId());
  }
}
