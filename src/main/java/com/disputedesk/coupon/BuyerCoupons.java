package com.disputedesk.coupon;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A buyer's coupons as the back office reads them (a party's record): each as the buyer sees it now. */
@Service
@Transactional(readOnly = true)
public class BuyerCoupons {
  private final CouponRepository coupons;
  private final Clock clock;

  BuyerCoupons(CouponRepository coupons, Clock clock) {
    this.coupons = coupons;
    this.clock = clock;
  }

  public List<Coupon> of(String buyerId) {
    return coupons.ofBuyer(buyerId);
  }

  /** Whether a coupon can still be spent now (an unredeemed one past its validity cannot, timer run or not). */
  public boolean spendable(Coupon c) {
    return c.statusAt(clock.instant()) == CouponStatus.ACTIVE;
  }
}
