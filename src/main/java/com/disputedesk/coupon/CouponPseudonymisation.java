package com.disputedesk.coupon;

import com.disputedesk.dispute.DisputePseudonymised;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A pseudonymised dispute's coupons keep their amounts and dates under the buyer's pseudonym. */
@Component
class CouponPseudonymisation {
  private final JdbcClient jdbc;

  CouponPseudonymisation(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void on(DisputePseudonymised e) {
    jdbc.sql("update coupon set buyer_id = ? where dispute_id = ?").params(e.buyerPseudonym(), e.disputeId()).update();
  }
}
