package com.disputedesk.coupon;

import com.disputedesk.appeal.Appeals;
import com.disputedesk.dispute.Dispute;
import com.disputedesk.dispute.DisputeViewContributor;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The buyer sees the coupons of an overturned appeal, or the split chosen while they are not yet issued. */
@Component
class CouponViewContributor implements DisputeViewContributor {
  private final Appeals appeals;
  private final CouponRepository coupons;
  private final Clock clock;

  CouponViewContributor(Appeals appeals, CouponRepository coupons, Clock clock) {
    this.appeals = appeals;
    this.coupons = coupons;
    this.clock = clock;
  }

  @Override
  public Map<String, java.lang.reflect.Type> parts() {
    return Map.of("coupons", new org.springframework.core.ParameterizedTypeReference<List<CouponView>>() {}.getType(),
        "couponSplit", new org.springframework.core.ParameterizedTypeReference<List<String>>() {}.getType());
  }

  @Override
  public Map<String, Object> contribute(Dispute dispute, String viewer) {
    Map<String, Object> part = new HashMap<>();
    var now = clock.instant();
    part.put("coupons", List.of());
    if (!dispute.isBuyer(viewer)) {
      return part; // coupon codes are the buyer's alone
    }
    appeals.ofDispute(dispute.id()).filter(a -> a.overturned()).ifPresent(a -> {
      part.put("coupons", coupons.ofAppeal(a.id()).stream().map(c -> CouponView.of(c, now)).toList());
      List<BigDecimal> split = coupons.split(a.id());
      part.put("couponSplit", (split.isEmpty() ? List.of(a.compensation()) : split).stream()
          .map(BigDecimal::toPlainString).toList());
    });
    return part;
  }
}
