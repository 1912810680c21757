package com.disputedesk.coupon;

import com.disputedesk.common.CaseNotFound;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.PartyId;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.timeline.CaseTimeline;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The marketplace reports that a buyer spent a coupon: once, before it expires, and never given back. */
@Service
public class CouponRedemption {
  private final CouponRepository coupons;
  private final CaseTimeline timeline;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  CouponRedemption(CouponRepository coupons, CaseTimeline timeline, Clock clock, ApplicationEventPublisher events) {
    this.events = events;
    this.coupons = coupons;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Transactional
  public Coupon redeem(String code, PartyId buyer, String orderId) {
    if (orderId == null || !orderId.matches("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}")) {
      throw new InvalidInput("orderId", "must be an order id of 1 to 64 letters, digits, '_', '.', ':' or '-'");
    }
    // someone else's code, or a made-up one, is answered as if it did not exist
    Coupon coupon = (CouponCodes.wellFormed(code) ? coupons.find(code) : java.util.Optional.<Coupon>empty())
        .filter(c -> c.buyerId().equals(buyer.value()))
        .orElseThrow(() -> new CaseNotFound("coupon", code));
    Instant now = clock.instant();
    if (!coupons.redeem(code, orderId, now)) {
      Coupon current = coupons.find(code).orElseThrow();
      throw current.statusAt(now) == CouponStatus.REDEEMED
          ? RuleViolation.conflict("already-redeemed", "This coupon was already redeemed on order "
              + current.redeemedOrderId() + "; a coupon is redeemed once.")
          : RuleViolation.conflict("expired", "This coupon expired at " + current.validUntil() + ".");
    }
    timeline.record(coupon.disputeId(), "COUPON_REDEEMED", buyer.value(), "BUYER", "A coupon of "
        + coupon.amount().toPlainString() + " " + coupon.currency() + " was redeemed on order " + orderId,
        Map.of("code", code, "orderId", orderId));
    Coupon redeemed = coupons.find(code).orElseThrow();
    events.publishEvent(new CouponRedeemed(redeemed));
    return redeemed;
  }
}
