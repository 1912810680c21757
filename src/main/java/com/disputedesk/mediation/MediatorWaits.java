package com.disputedesk.mediation;

import com.disputedesk.dispute.Dispute;
import com.disputedesk.dispute.DisputeStatus;
import com.disputedesk.dispute.Disputes;
import com.disputedesk.worklist.HeldCase;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a mediator waits on: evidence they requested (an answer that arrived while the dispute still waits for a
 * decision is news), and revisions they proposed that a second mediator has not reviewed yet. Reads mediation's
 * own tables; the dispute's order number and stage come through the dispute module's API.
 */
@Component
class MediatorWaits implements HeldCase.Source {
  private static final int LIMIT = 50;
  private final JdbcClient jdbc;
  private final Disputes disputes;

  MediatorWaits(JdbcClient jdbc, Disputes disputes) {
    this.jdbc = jdbc;
    this.disputes = disputes;
  }

  private record Wait(UUID disputeId, String state, boolean answered, Instant since) {}

  @Override
  public List<HeldCase> of(String user) {
    return jdbc.sql("""
            select dispute_id, 'EVIDENCE_' || status, status = 'ANSWERED',
                   coalesce(greatest(buyer_answered_at, seller_answered_at), created_at) as since
            from evidence_request where mediator_id = ?
            union all
            select dispute_id, 'REVISION_PENDING', false, proposed_at from decision_revision
            where proposed_by = ? and status = 'PENDING'
            order by since desc limit ?""")
        .params(user, user, LIMIT)
        .query((rs, n) -> new Wait(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3),
            rs.getTimestamp(4).toInstant()))
        .list().stream()
        .map(w -> {
          Dispute d = disputes.get(w.disputeId());
          boolean stillToDecide = d.status() == DisputeStatus.ESCALATED || d.status() == DisputeStatus.AWAITING_EVIDENCE;
          return w.state().startsWith("EVIDENCE_") && !stillToDecide ? null
              : new HeldCase(d.id(), "mediation/case/" + d.id(), d.orderId(), w.state(), w.answered(), w.since());
        })
        .filter(java.util.Objects::nonNull).toList();
  }
}
