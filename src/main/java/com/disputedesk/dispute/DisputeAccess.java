package com.disputedesk.dispute;

import com.disputedesk.common.CaseNotFound;
import com.disputedesk.common.PartyId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A party reaches only its own disputes; any other id is answered as if it did not exist. */
@Component
class DisputeAccess {
  private final DisputeRepository disputes;

  DisputeAccess(DisputeRepository disputes) {
    this.disputes = disputes;
  }

  Dispute get(UUID id) {
    return disputes.find(id).orElseThrow(() -> new CaseNotFound("dispute", id));
  }

  Dispute forParty(UUID id, PartyId party) {
    return disputes.find(id).filter(d -> d.involves(party.value())).orElseThrow(() -> new CaseNotFound("dispute", id));
  }

  Dispute lockForParty(UUID id, PartyId party) {
    forParty(id, party);
    return disputes.lock(id).orElseThrow(() -> new CaseNotFound("dispute", id));
  }
}
