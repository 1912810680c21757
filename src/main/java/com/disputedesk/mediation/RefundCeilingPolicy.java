package com.disputedesk.mediation;

import com.disputedesk.common.EnglishText;
import com.disputedesk.common.InvalidInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * DOMAIN.md §1b: the refund is at most the part paid in money; the part paid with coupons is never refunded. Full
 * refunds and refunds with return pay exactly that part; a partial refund pays between 0.01 and that part.
 */
final class RefundCeilingPolicy {
  static final int EXPLANATION_MAX = 2000;

  private RefundCeilingPolicy() {}

  /** The refund the decision pays, or field errors. */
  static BigDecimal refundFor(DecisionCommand c, BigDecimal moneyPaid) {
    List<InvalidInput.FieldError> errors = new ArrayList<>();
    if (c.outcome() == null) {
      errors.add(new InvalidInput.FieldError("outcome", "choose an outcome"));
    }
    if (c.reason() == null) {
      errors.add(new InvalidInput.FieldError("reason", "a reason code is required"));
    } else if (!c.reason().supports(c.outcome())) {
      errors.add(new InvalidInput.FieldError("reason", c.reason() + " is not a reason for " + c.outcome()
          + "; choose one of " + DecisionReason.supporting(c.outcome())));
    }
    try {
      String explanation = EnglishText.require("explanation", c.explanation(), EXPLANATION_MAX);
      if (!EnglishText.saysWhy(explanation)) {
        errors.add(new InvalidInput.FieldError("explanation", "must say why in at least " + EnglishText.EXPLANATION_MIN
            + " characters and three words: both parties read it"));
      }
    } catch (InvalidInput e) {
      errors.addAll(e.errors());
    }
    BigDecimal refund = BigDecimal.ZERO.setScale(2);
    if (c.outcome() == DecisionOutcome.PARTIAL_REFUND) {
      BigDecimal amount = c.amount();
      if (amount == null || amount.signum() <= 0) {
        errors.add(new InvalidInput.FieldError("amount", "a partial refund needs an amount greater than zero"));
      } else if (amount.scale() > 2) {
        errors.add(new InvalidInput.FieldError("amount", "must have at most two decimals"));
      } else if (amount.compareTo(moneyPaid) > 0) {
        errors.add(new InvalidInput.FieldError("amount", "must not exceed " + moneyPaid.toPlainString()
            + ", the part paid in money; coupons are never refunded"));
      } else if (amount.compareTo(moneyPaid) == 0) {
        errors.add(new InvalidInput.FieldError("amount", "is the whole part paid in money: decide a full refund"));
      } else {
        refund = amount.setScale(2);
      }
    } else if (c.outcome() == DecisionOutcome.FULL_REFUND || c.outcome() == DecisionOutcome.REFUND_WITH_RETURN) {
      refund = moneyPaid.setScale(2);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return refund;
  }
}
