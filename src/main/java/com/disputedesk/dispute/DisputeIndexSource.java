package com.disputedesk.dispute;

import com.disputedesk.search.CaseIndexSource;
import com.disputedesk.search.CaseKind;
import com.disputedesk.search.IndexedCase;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A dispute as search finds it: its deadline is the one running in its stage, its outcome how it ended. */
@Component
class DisputeIndexSource implements CaseIndexSource {
  private final DisputeRepository disputes;
  private final JdbcClient jdbc;

  DisputeIndexSource(DisputeRepository disputes, JdbcClient jdbc) {
    this.disputes = disputes;
    this.jdbc = jdbc;
  }

  @Override
  public List<IndexedCase> touchedBy(UUID caseId) {
    return disputes.find(caseId).map(DisputeIndexSource::indexed).stream().toList();
  }

  @Override
  public List<UUID> caseIds(UUID after, int limit) {
    return CaseIndexSource.idsAfter(jdbc, "dispute", after, limit);
  }

  static IndexedCase indexed(Dispute d) {
    Dispute.Decision decision = d.decision();
    return new IndexedCase(d.id(), CaseKind.DISPUTE, d.id(), d.status().name(),
        d.status().stage() != DisputeStatus.Stage.CLOSED, d.reason().name(), outcome(d), d.orderId(), d.buyerId(),
        d.sellerId(), List.of(d.buyerId(), d.sellerId()), d.storeName(), d.itemTitle(), d.trackingNumber(),
        d.moneyPaid(), d.currency(), d.openedAt(), decision == null ? d.resolvedAt() : decision.decidedAt(),
        decision == null ? null : d.mediatorId(), runningDeadline(d), List.of());
  }

  /** A mediator's decision, else how the parties ended it. */
  private static String outcome(Dispute d) {
    if (d.decision() != null) {
      return d.decision().outcome();
    }
    if (d.status() == DisputeStatus.CANCELLED) {
      return "CANCELLED";
    }
    return d.resolvedAt() != null ? "AGREED" : null;
  }

  private static Instant runningDeadline(Dispute d) {
    return switch (d.status().stage()) {
      case NEGOTIATION -> d.negotiationDueAt();
      case MEDIATION -> d.mediationDueAt();
      case DECIDED -> d.appealDueAt();
      case APPEAL, CLOSED -> null;
    };
  }
}
