package com.disputedesk.coupon;

import com.disputedesk.common.InvalidInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How a compensation is cut into coupons: one for the whole amount, or several positive ones that add up exactly
 * (20.00 = 1×20.00 or 4×5.00). Pure rules, property-tested.
 */
public final class CouponSplit {
  static final int MAX_COUPONS = 50;

  private CouponSplit() {}

  /** The amounts to issue: the buyer's choice if valid for {@code compensation}, else an {@link InvalidInput}. */
  public static List<BigDecimal> check(BigDecimal compensation, List<String> chosen) {
    if (chosen == null || chosen.isEmpty()) {
      throw new InvalidInput("coupons", "must list at least one coupon value");
    }
    if (chosen.size() > MAX_COUPONS) {
      throw new InvalidInput("coupons", "must list at most " + MAX_COUPONS + " coupons");
    }
    List<BigDecimal> amounts = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      amounts.add(amount("coupons[" + i + "]", chosen.get(i)));
    }
    BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.compareTo(compensation) != 0) {
      throw new InvalidInput("coupons", "must add up to the compensation " + compensation.toPlainString()
          + " exactly; they add up to " + sum.toPlainString());
    }
    return List.copyOf(amounts);
  }

  /** What is issued: the chosen split, or one coupon for the whole compensation when the buyer did not choose. */
  public static List<BigDecimal> toIssue(BigDecimal compensation, List<BigDecimal> chosen) {
    return chosen == null || chosen.isEmpty() ? List.of(compensation.setScale(2)) : chosen;
  }

  private static BigDecimal amount(String field, String value) {
    BigDecimal amount = com.disputedesk.common.Money.parse(field, value);
    if (amount.signum() <= 0) {
      throw new InvalidInput(field, "must be positive");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new InvalidInput(field, "must have at most two decimals");
    }
    if (amount.precision() - amount.scale() > 17) {
      throw new InvalidInput(field, "is too large");
    }
    return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
  }
}
