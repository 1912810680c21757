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
    return complaints.casesAgainst(partyId, 20).stream().map(c -> new PartyRecord("COMPLAINT", c.id(),
        "Complaint about " + c.productUrl() + ": " + c.status().text()
            + (c.outcome() == null ? "" : ", " + c.outcome() + (c.sanction() == null ? "" : " (" + c.sanction() + ")")),
        c.openedAt())).toList();
  }
}
