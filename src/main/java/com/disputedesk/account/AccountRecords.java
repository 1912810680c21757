package com.disputedesk.account;

import com.disputedesk.dispute.PartyRecord;
import com.disputedesk.dispute.PartyRecordProvider;
import java.util.List;
import org.springframework.stereotype.Component;

/** Account reviews and suspensions of a party, on its record. */
@Component
class AccountRecords implements PartyRecordProvider {
  private final AccountRepository accounts;

  AccountRecords(AccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  public List<PartyRecord> recordsOf(String partyId) {
    return accounts.of(partyId).stream().map(r -> new PartyRecord("ACCOUNT_REVIEW", r.id(), null,
        List.<Enum<?>>of(r.trigger(), r.status()), r.openedAt())).toList();
  }
}
