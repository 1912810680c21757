package com.disputedesk.mediation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DecisionRevisionRepository {
  private final JdbcClient jdbc;

  DecisionRevisionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(DecisionRevision r) {
    jdbc.sql("""
            insert into decision_revision (id, dispute_id, proposed_by, outcome, amount, reason_code, explanation,
              proposed_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')""")
        .params(r.id(), r.disputeId(), r.proposedBy(), r.outcome().name(), r.amount(), r.reason().name(),
            r.explanation(), Timestamp.from(r.proposedAt()))
        .update();
  }

  Optional<DecisionRevision> pending(UUID disputeId) {
    return jdbc.sql("select * from decision_revision where dispute_id = ? and status = 'PENDING' for update")
        .param(disputeId)
        .query((rs, n) -> new DecisionRevision(rs.getObject("id", UUID.class), rs.getObject("dispute_id", UUID.class),
            rs.getString("proposed_by"), DecisionOutcome.valueOf(rs.getString("outcome")), rs.getBigDecimal("amount"),
            DecisionReason.valueOf(rs.getString("reason_code")), rs.getString("explanation"),
            rs.getTimestamp("proposed_at").toInstant(), rs.getString("status"), rs.getString("reviewed_by")))
        .optional();
  }

  void review(UUID id, String status, String reviewer, Instant at) {
    jdbc.sql("update decision_revision set status = ?, reviewed_by = ?, reviewed_at = ? where id = ?")
        .params(status, reviewer, Timestamp.from(at), id).update();
  }
}
