package com.disputedesk.appeal;

import com.disputedesk.dispute.Dispute;
import com.disputedesk.dispute.Disputes;
import com.disputedesk.search.CaseIndexSource;
import com.disputedesk.search.CaseKind;
import com.disputedesk.search.IndexedCase;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An appeal as search finds it: its steps are recorded under its dispute, whose order and parties it carries. */
@Component
class AppealIndexSource implements CaseIndexSource {
  private final AppealRepository appeals;
  private final Disputes disputes;
  private final JdbcClient jdbc;

  AppealIndexSource(AppealRepository appeals, Disputes disputes, JdbcClient jdbc) {
    this.appeals = appeals;
    this.disputes = disputes;
    this.jdbc = jdbc;
  }

  @Override
  public List<IndexedCase> touchedBy(UUID caseId) {
    return appeals.ofDispute(caseId).or(() -> appeals.find(caseId)).map(this::indexed).stream().toList();
  }

  @Override
  public List<UUID> caseIds(UUID after, int limit) {
    return CaseIndexSource.idsAfter(jdbc, "appeal", after, limit);
  }

  private IndexedCase indexed(Appeal a) {
    Dispute d = disputes.get(a.disputeId());
    boolean open = a.status() == AppealStatus.PENDING || a.status() == AppealStatus.IN_REVIEW;
    return new IndexedCase(a.id(), CaseKind.APPEAL, a.disputeId(), a.status().name(), open, d.reason().name(),
        a.outcome() == null ? null : a.outcome().name(), d.orderId(), d.buyerId(), d.sellerId(),
        List.of(d.buyerId(), d.sellerId()), d.storeName(), d.itemTitle(), d.trackingNumber(),
        a.compensation() != null ? a.compensation() : d.moneyPaid(), a.currency(), a.filedAt(), a.decidedAt(),
        a.commissionerId(), open ? a.reviewDueAt() : null, List.of());
  }
}
