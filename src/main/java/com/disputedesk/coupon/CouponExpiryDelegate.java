package com.disputedesk.coupon;

import com.disputedesk.appeal.Appeals;
import com.disputedesk.timeline.CaseTimeline;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** {@code Task_ExpireCoupons}: {@code coupon-validity} is over; whatever was not redeemed expires. */
@Component("couponExpiry")
class CouponExpiryDelegate implements JavaDelegate {
  private final Appeals appeals;
  private final CouponRepository coupons;
  private final CaseTimeline timeline;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  CouponExpiryDelegate(Appeals appeals, CouponRepository coupons, CaseTimeline timeline, Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.appeals = appeals;
    this.coupons = coupons;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UUID disputeId = UUID.fromString(execution.getProcessBusinessKey());
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
