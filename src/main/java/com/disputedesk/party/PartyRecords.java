package com.disputedesk.party;

import com.disputedesk.account.AccountReviews;
import com.disputedesk.coupon.BuyerCoupons;
import com.disputedesk.search.CaseSearch;
import com.disputedesk.search.FoundCase;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a party's record; what the user's roles may not open is neither listed nor counted. */
@Service
@Transactional(readOnly = true)
public class PartyRecords {
  private final CaseSearch search;
  private final AccountReviews accounts;
  private final BuyerCoupons coupons;

  PartyRecords(CaseSearch search, AccountReviews accounts, BuyerCoupons coupons) {
    this.search = search;
    this.accounts = accounts;
    this.coupons = coupons;
  }

  public PartyFile of(String partyId) {
    var theirs = coupons.of(partyId);
    return new PartyFile(partyId, search.tallyOf(partyId), accounts.standing(partyId), theirs,
        (int) theirs.stream().filter(coupons::spendable).count());
  }

  public List<FoundCase> cases(String partyId, int offset, int limit) {
    return search.ofParty(partyId, offset, limit);
  }

  public int caseCount(String partyId) {
    return search.countOfParty(partyId);
  }
}
