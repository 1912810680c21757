package com.disputedesk.integration;

import com.disputedesk.appeal.Appeal;
import com.disputedesk.appeal.AppealDecided;
import com.disputedesk.appeal.AppealFiled;
import com.disputedesk.appeal.AppealWithdrawn;
import com.disputedesk.appeal.Appeals;
import com.disputedesk.common.Money;
import com.disputedesk.coupon.Coupon;
import com.disputedesk.coupon.CouponRedeemed;
import com.disputedesk.coupon.CouponsExpired;
import com.disputedesk.coupon.CouponsIssued;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Appeals and the coupons that compensate an overturned decision, as events of their dispute's case. */
@Component
class AppealEvents {
  private final EventLog log;
  private final Appeals appeals;

  AppealEvents(EventLog log, Appeals appeals) {
    this.log = log;
    this.appeals = appeals;
  }

  @EventListener
  void on(AppealFiled e) {
    Appeal a = appeals.find(e.appealId()).orElseThrow();
    log.append(EventType.APPEAL_FILED, e.disputeId(), new AppealEventData.AppealFiled(e.disputeId(), a.id(),
        a.round(), a.reviewDueAt()));
  }

  @EventListener
  void on(AppealWithdrawn e) {
    log.append(EventType.APPEAL_WITHDRAWN, e.disputeId(), new AppealEventData.AppealWithdrawn(e.disputeId(),
        e.appealId()));
  }

  @EventListener
  void on(AppealDecided e) {
    Appeal a = appeals.find(e.appealId()).orElseThrow();
    log.append(EventType.APPEAL_DECIDED, e.disputeId(), new AppealEventData.AppealDecided(e.disputeId(),
        e.appealId(), e.round(), e.outcome().name(),
        e.compensation() == null ? null : new Money(e.compensation(), e.currency()), a.explanation(),
        a.couponsDueAt()));
  }

  @EventListener
  void on(CouponsIssued e) {
    log.append(EventType.COUPON_ISSUED, e.disputeId(), new AppealEventData.CouponIssued(e.disputeId(),
        e.appealId(), e.buyerId(), new Money(e.total(), e.currency()), e.coupons().stream()
            .map(c -> new AppealEventData.IssuedCoupon(c.code(), amount(c), c.validUntil())).toList()));
  }

  @EventListener
  void on(CouponRedeemed e) {
    Coupon c = e.coupon();
    log.append(EventType.COUPON_REDEEMED, c.disputeId(), new AppealEventData.CouponRedeemed(c.disputeId(),
        c.code(), c.buyerId(), c.redeemedOrderId(), amount(c), c.redeemedAt()));
  }

  @EventListener
  void on(CouponsExpired e) {
    for (Coupon c : e.coupons()) {
      log.append(EventType.COUPON_EXPIRED, e.disputeId(), new AppealEventData.CouponExpired(e.disputeId(),
          c.code(), c.buyerId(), amount(c), c.expiredAt()));
    }
  }

  private static Money amount(Coupon c) {
    return new Money(c.amount(), c.currency());
  }
}
