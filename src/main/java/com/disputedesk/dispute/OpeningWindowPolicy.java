package com.disputedesk.dispute;

import com.disputedesk.common.RuleViolation;
import com.disputedesk.sla.SlaPolicies;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * DOMAIN.md §1: a dispute can be opened from payment until {@code dispute-open-window} after the buyer confirmed
 * receipt; an unconfirmed order until its buyer-protection end date.
 */
@Component
class OpeningWindowPolicy {
  static final String POLICY = "dispute-open-window";
  private final SlaPolicies policies;

  OpeningWindowPolicy(SlaPolicies policies) {
    this.policies = policies;
  }

  Instant closesAt(OrderSnapshot order) {
    return order.receiptConfirmedAt() != null
        ? policies.dueFrom(POLICY, order.receiptConfirmedAt())
        : order.protectionEndsAt();
  }

  void check(OrderSnapshot order, Instant now) {
    if (order.receiptConfirmedAt() != null && order.receiptConfirmedAt().isAfter(now)) {
      // a receipt dated in the future would keep the window open until long after it
      throw new com.disputedesk.common.InvalidInput("order.receiptConfirmedAt",
          "cannot be in the future: the buyer confirms receipt when the parcel arrived");
    }
    Instant closes = closesAt(order);
    if (now.isAfter(closes)) {
      throw RuleViolation.unprocessable("opening-window-closed", order.receiptConfirmedAt() != null
          ? "The window to open a dispute closed at " + closes + ", " + policies.get(POLICY).duration()
            + " after receipt was confirmed."
          : "The buyer protection of this order ended at " + closes + "; a dispute can no longer be opened.");
    }
  }
}
