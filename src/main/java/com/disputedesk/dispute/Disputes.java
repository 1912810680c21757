package com.disputedesk.dispute;

import com.disputedesk.common.CaseNotFound;
import com.disputedesk.common.PartyId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to disputes for other modules and the workspace. */
@Service
@Transactional(readOnly = true)
public class Disputes {
  private final DisputeRepository disputes;
  private final OfferRepository offers;
  private final List<PartyRecordProvider> records;

  Disputes(DisputeRepository disputes, OfferRepository offers, List<PartyRecordProvider> records) {
    this.disputes = disputes;
    this.offers = offers;
    this.records = records;
  }

  /** A party's complaints and account reviews, newest first: a dispute shows them for both its parties. */
  public List<PartyRecord> recordsOf(String partyId) {
    return records.stream().flatMap(p -> p.recordsOf(partyId).stream())
        .sorted(java.util.Comparator.comparing(PartyRecord::at).reversed()).toList();
  }

  public Optional<Dispute> find(UUID id) {
    return disputes.find(id);
  }

  public Dispute get(UUID id) {
    return disputes.find(id).orElseThrow(() -> new CaseNotFound("dispute", id));
  }

  /** The dispute if {@code party} is its buyer or seller; otherwise 404, as if it did not exist. */
  public Dispute forParty(UUID id, PartyId party) {
    return disputes.find(id).filter(d -> d.involves(party.value())).orElseThrow(() -> new CaseNotFound("dispute", id));
  }

  public List<Offer> negotiation(UUID id) {
    return offers.of(id);
  }

  /** A party's earlier disputes, newest first: mediators weigh a party's history. */
  public List<Dispute> historyOf(String partyId, int limit) {
    return disputes.ofParty(partyId, null, limit);
  }

  List<Dispute> ofParty(PartyId party, String orderId) {
    return disputes.ofParty(party.value(), orderId, 200);
  }
}
