package com.disputedesk.complaint;

import com.disputedesk.dispute.PartyRecord;
import com.disputedesk.dispute.PartyRecordProvider;
import java.util.List;
import org.springframework.stereotype.Component;

/** Complaint cases against a party, on its record. */
@Component
class ComplaintRecords implements PartyRecordProvider {
  private final ComplaintRepository complaints;

  ComplaintRecords(ComplaintRepository complaints) {
    this.complaints = complaints;
  }

  @Override
  public List<PartyRecord> recordsOf(String partyId) {
    return complaints.casesAgainst(partyId, 20).stream().map(c -> new PartyRecord("COMPLAINT", c.id(), c.productUrl(),
        facts(c), c.openedAt())).toList();
  }

  private static List<Enum<?>> facts(ComplaintCase c) {
    List<Enum<?>> facts = new java.util.ArrayList<>(List.of(c.status()));
    if (c.outcome() != null) {
      facts.add(ComplaintOutcome.valueOf(c.outcome()));
    }
    if (c.sanction() != null) {
      facts.add(c.sanction());
    }
    return facts;
  }
}
