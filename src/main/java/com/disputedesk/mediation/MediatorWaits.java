package com.disputedesk.mediation;

import com.disputedesk.worklist.HeldCase;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a mediator waits on: evidence they requested (an answer that arrived while the dispute still waits for a
 * decision is news), and revisions they proposed that a second mediator has not reviewed yet.
 */
@Component
class MediatorWaits implements HeldCase.Source {
  private final JdbcClient jdbc;

  MediatorWaits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<HeldCase> of(String user) {
    return jdbc.sql("""
            select r.dispute_id, d.order_id, 'EVIDENCE_' || r.status as state, r.status = 'ANSWERED' as news,
                   coalesce(greatest(r.buyer_answered_at, r.seller_answered_at), r.created_at) as since
            from evidence_request r join dispute d on d.id = r.dispute_id
            where r.mediator_id = ? and (r.status = 'OPEN' or d.status in ('ESCALATED', 'AWAITING_EVIDENCE'))
            union all
            select v.dispute_id, d.order_id, 'REVISION_PENDING', false, v.proposed_at
            from decision_revision v join dispute d on d.id = v.dispute_id
            where v.proposed_by = ? and v.status = 'PENDING'
            order by since desc limit 50""")
        .params(user, user)
        .query((rs, n) -> new HeldCase(rs.getObject(1, java.util.UUID.class),
            "mediation/case/" + rs.getObject(1, java.util.UUID.class), rs.getString(2), rs.getString(3),
            rs.getBoolean(4), rs.getTimestamp(5).toInstant()))
        .list();
  }
}
