package com.disputedesk.party;

import com.disputedesk.account.Standing;
import com.disputedesk.coupon.Coupon;
import com.disputedesk.search.CaseKind;
import com.disputedesk.search.PartyTally;
import java.math.BigDecimal;
import java.util.List;

/** What the record of one party says: their cases counted, their standing and (as a buyer) their coupons. */
public record PartyFile(String partyId, PartyTally tally, Standing standing, List<Coupon> coupons,
    int spendableCoupons) {
  /** Outcomes that gave the buyer money back: the buyer won, the seller lost. */
  public static final List<String> REFUNDED = List.of("FULL_REFUND", "PARTIAL_REFUND", "REFUND_WITH_RETURN");
  public static final List<String> REJECTED = List.of("REJECTED");
  public static final List<String> AGREED = List.of("AGREED");
  public static final List<String> CANCELLED = List.of("CANCELLED");
  public static final List<String> SANCTIONED = List.of("WARNING", "LISTING_REMOVAL", "ACCOUNT_SUSPENSION",
      "MEMBERSHIP_CANCELLATION");

  public int disputes(String side) {
    return tally.count(CaseKind.DISPUTE, side);
  }

  public int disputes(String side, List<String> outcomes) {
    return tally.count(CaseKind.DISPUTE, side, outcomes);
  }

  /** The share of a seller's mediator-decided disputes that ended in a refund. */
  public Integer sellerLossRate() {
    int lost = disputes("SELLER", REFUNDED);
    return PartyTally.percent(lost, lost + disputes("SELLER", REJECTED));
  }

  /**
   * The share of a buyer's decided or agreed disputes that gave money back: a refund, an agreement, or coupons for a
   * rejection the appeal commission overturned.
   */
  public Integer buyerWinRate() {
    int overturned = tally.overturnedRejections();
    int won = disputes("BUYER", REFUNDED) + disputes("BUYER", AGREED) + overturned;
    return PartyTally.percent(won, won + disputes("BUYER", REJECTED) - overturned);
  }

  public BigDecimal couponTotal() {
    return coupons.stream().map(Coupon::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
