package com.disputedesk.coupon;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_IssueCoupons}, {@code coupon-issue-delay} after an overturn: the case's coupons are credited. */
@Component("couponIssuing")
class CouponIssuingDelegate implements JavaDelegate {
  private final CouponIssuance issuing;

  CouponIssuingDelegate(CouponIssuance issuing) {
    this.issuing = issuing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    issuing.issueFor(UUID.fromString(execution.getProcessBusinessKey()));
  }
}
