package com.disputedesk.coupon;

import com.disputedesk.appeal.Appeal;
import com.disputedesk.appeal.Appeals;
import com.disputedesk.common.PartyId;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.timeline.CaseTimeline;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Until the coupons are issued the buyer chooses how the compensation is split; choosing again replaces it. */
@Service
public class CouponSplits {
  private final Appeals appeals;
  private final CouponRepository coupons;
  private final CaseTimeline timeline;
  private final Clock clock;

  CouponSplits(Appeals appeals, CouponRepository coupons, CaseTimeline timeline, Clock clock) {
    this.appeals = appeals;
    this.coupons = coupons;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Transactional
  public List<BigDecimal> choose(UUID disputeId, PartyId buyer, List<String> values) {
    Appeal a = appeals.lock(disputeId).filter(x -> x.buyerId().equals(buyer.value()))
        .orElseThrow(() -> RuleViolation.conflict("no-compensation", "This dispute has no appeal of yours."));
    if (!a.overturned() || a.compensation() == null) {
      throw RuleViolation.conflict("no-compensation", "Only an overturned appeal is compensated with coupons; this "
          + "appeal is " + a.status() + ".");
    }
    if (coupons.anyIssued(a.id())) {
      throw RuleViolation.conflict("already-issued", "The coupons were already issued; the split can no longer change.");
    }
    List<BigDecimal> amounts = CouponSplit.check(a.compensation(), values);
    coupons.chooseSplit(a.id(), amounts, clock.instant());
    timeline.record(disputeId, "COUPON_SPLIT_CHOSEN", buyer.value(), "BUYER", "The buyer chose " + amounts.size()
        + " coupon(s) for the compensation", Map.of("appealId", a.id().toString(), "coupons", amounts.size()));
    return amounts;
  }
}
