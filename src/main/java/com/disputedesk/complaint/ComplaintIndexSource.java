package com.disputedesk.complaint;

import com.disputedesk.search.CaseIndexSource;
import com.disputedesk.search.CaseKind;
import com.disputedesk.search.IndexedCase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A complaint case as search finds it: the accused is the seller, every reporter a party, the listing its title. */
@Component
class ComplaintIndexSource implements CaseIndexSource {
  private final ComplaintRepository complaints;
  private final JdbcClient jdbc;

  ComplaintIndexSource(ComplaintRepository complaints, JdbcClient jdbc) {
    this.complaints = complaints;
    this.jdbc = jdbc;
  }

  @Override
  public List<IndexedCase> touchedBy(UUID caseId) {
    return complaints.findCase(caseId).map(this::indexed).stream().toList();
  }

  @Override
  public List<UUID> caseIds(UUID after, int limit) {
    return CaseIndexSource.idsAfter(jdbc, "complaint_case", after, limit);
  }

  private IndexedCase indexed(ComplaintCase c) {
    List<Complaint> filed = complaints.complaintsOf(c.id());
    List<String> parties = new ArrayList<>(List.of(c.accusedId()));
    filed.stream().map(Complaint::reporterId).distinct().forEach(parties::add);
    List<String> keys = new ArrayList<>(List.of(c.listingKey()));
    filed.forEach(f -> keys.add(f.id().toString()));
    boolean open = c.status() != ComplaintCase.Status.RESOLVED;
    return new IndexedCase(c.id(), CaseKind.COMPLAINT, c.id(), c.status().name(), open,
        filed.isEmpty() ? null : filed.get(0).type().name(), c.sanction() != null ? c.sanction().name() : c.outcome(),
        null, null, c.accusedId(), parties, null, c.productUrl(), null, null, null, c.openedAt(), c.decidedAt(),
        c.decidedBy(), waitingForSeller(c) ? c.responseDueAt() : null, keys);
  }

  /** The response deadline is the seller's, running only until they answer or it passes; the queue shows the same. */
  private static boolean waitingForSeller(ComplaintCase c) {
    return c.status() == ComplaintCase.Status.WAITING_FOR_RESPONSE && !c.noResponse();
  }
}
