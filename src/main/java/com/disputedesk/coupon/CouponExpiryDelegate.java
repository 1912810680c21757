package com.disputedesk.coupon;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ExpireCoupons}: {@code coupon-validity} is over; whatever was not redeemed expires. */
@Component("couponExpiry")
class CouponExpiryDelegate implements JavaDelegate {
  private final UnredeemedCoupons unredeemedCoupons;

  CouponExpiryDelegate(UnredeemedCoupons unredeemedCoupons) {
    this.unredeemedCoupons = unredeemedCoupons;
  }

  @Override
  public void execute(DelegateExecution execution) {
    unredeemedCoupons.expireFor(UUID.fromString(execution.getProcessBusinessKey()));
  }
}
