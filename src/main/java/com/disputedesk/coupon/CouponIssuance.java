package com.disputedesk.coupon;

import com.disputedesk.appeal.Appeal;
import com.disputedesk.appeal.Appeals;
import com.disputedesk.sla.SlaPolicies;
import com.disputedesk.timeline.CaseTimeline;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credits an overturned appeal's compensation as coupons in the buyer's split, valid for {@code coupon-validity}.
 * Safe to repeat: each coupon's (appeal, seq) is unique, so a second run issues nothing.
 */
@Service
class CouponIssuance {
  static final String VALIDITY_POLICY = "coupon-validity";
  private final Appeals appeals;
  private final CouponRepository coupons;
  private final CouponCodes codes;
  private final SlaPolicies policies;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CouponIssuance(Appeals appeals, CouponRepository coupons, CouponCodes codes, SlaPolicies policies,
      CaseTimeline timeline, ApplicationEventPublisher events, Clock clock) {
    this.appeals = appeals;
    this.coupons = coupons;
    this.codes = codes;
    this.policies = policies;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public void issueFor(UUID disputeId) {
    Appeal a = appeals.lock(disputeId).filter(x -> x.overturned() && x.compensation() != null).orElseThrow(
        () -> new IllegalStateException("no overturned appeal with compensation for dispute " + disputeId));
    Instant now = clock.instant();
    Instant validUntil = policies.dueFrom(VALIDITY_POLICY, now);
    List<BigDecimal> amounts = CouponSplit.toIssue(a.compensation(), coupons.split(a.id()));
    List<Coupon> fresh = new java.util.ArrayList<>();
    for (int i = 0; i < amounts.size(); i++) {
      Coupon coupon = new Coupon(codes.next(), a.id(), i + 1, disputeId, a.buyerId(), amounts.get(i),
          a.currency(), now, validUntil, CouponStatus.ACTIVE, null, null, null);
      if (coupons.issue(coupon)) {
        fresh.add(coupon);
      }
    }
    int issued = fresh.size();
    if (issued > 0) {
      timeline.record(disputeId, "COUPONS_ISSUED", "system", "SYSTEM", issued + " coupon(s) worth "
          + a.compensation().toPlainString() + " " + a.currency() + " credited, valid until " + validUntil,
          Map.of("appealId", a.id().toString(), "count", issued));
      events.publishEvent(new CouponsIssued(disputeId, a.id(), a.buyerId(), issued, a.compensation(), a.currency(),
          List.copyOf(fresh)));
    }
  }
}
