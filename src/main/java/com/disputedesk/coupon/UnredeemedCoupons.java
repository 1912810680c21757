package com.disputedesk.coupon;

import com.disputedesk.appeal.Appeals;
import com.disputedesk.timeline.CaseTimeline;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Expires an appeal's unredeemed coupons at the end of their validity and says so on the case's timeline. */
@Service
class UnredeemedCoupons {
  private final Appeals appeals;
  private final CouponRepository coupons;
  private final CaseTimeline timeline;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  UnredeemedCoupons(Appeals appeals, CouponRepository coupons, CaseTimeline timeline, Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.appeals = appeals;
    this.coupons = coupons;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Transactional
  public void expireFor(UUID disputeId) {
    appeals.ofDispute(disputeId).ifPresent(a -> {
      java.time.Instant now = clock.instant();
      int expired = coupons.expire(a.id(), now);
      if (expired > 0) {
        events.publishEvent(new CouponsExpired(disputeId, coupons.ofAppeal(a.id()).stream()
            .filter(c -> c.status() == CouponStatus.EXPIRED && now.equals(c.expiredAt())).toList()));
        timeline.record(disputeId, "COUPONS_EXPIRED", "system", "SYSTEM", expired + " unredeemed coupon(s) expired",
            Map.of("appealId", a.id().toString(), "count", expired));
      }
    });
  }
}
