package com.disputedesk.dispute;

import com.disputedesk.common.InvalidInput;
import java.math.BigDecimal;

/** What parties may ask for and offer: a refund never exceeds the part of the order paid in money. */
final class OutcomeRules {
  private OutcomeRules() {}

  static Outcome checkRequest(String field, Outcome outcome, BigDecimal moneyPaid) {
    if (outcome == null || outcome.type() == null) {
      throw new InvalidInput(field + ".type", "must be FULL_REFUND, PARTIAL_REFUND or REFUND_WITH_RETURN");
    }
    if (outcome.type() == OutcomeType.REPLACEMENT) {
      throw new InvalidInput(field + ".type", "a buyer asks for a refund; only a seller can propose a replacement");
    }
    return checkAmount(field, outcome, moneyPaid);
  }

  static Outcome checkProposal(String field, Outcome outcome, BigDecimal moneyPaid) {
    if (outcome == null || outcome.type() == null) {
      throw new InvalidInput(field, "a proposal needs a type: PARTIAL_REFUND (with amount), REPLACEMENT, "
          + "REFUND_WITH_RETURN or FULL_REFUND");
    }
    return checkAmount(field, outcome, moneyPaid);
  }

  private static Outcome checkAmount(String field, Outcome outcome, BigDecimal moneyPaid) {
    if (outcome.type() != OutcomeType.PARTIAL_REFUND) {
      return new Outcome(outcome.type(), null);
    }
    BigDecimal amount = outcome.amount();
    if (amount == null || amount.signum() <= 0) {
      throw new InvalidInput(field + ".amount", "a partial refund needs an amount greater than zero");
    }
    if (amount.scale() > 2) {
      throw new InvalidInput(field + ".amount", "must have at most two decimals");
    }
    if (amount.compareTo(moneyPaid) > 0) {
      throw new InvalidInput(field + ".amount", "must not exceed " + moneyPaid.toPlainString()
          + ", the part of the order paid in money (coupons are never refunded)");
    }
    return new Outcome(OutcomeType.PARTIAL_REFUND, amount.setScale(2));
  }
}
