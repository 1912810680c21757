package com.disputedesk.mediation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every version of a dispute's decision; a revision adds a row, never rewrites one. */
@Repository
class DecisionRepository {
  record StoredDecision(UUID id, int revision, String mediatorId, DecisionOutcome outcome, BigDecimal amount,
      String currency, DecisionReason reason, String explanation, Instant decidedAt) {}

  private final JdbcClient jdbc;

  DecisionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  UUID add(UUID disputeId, String mediator, DecisionOutcome outcome, BigDecimal amount, String currency,
      DecisionReason reason, String explanation, Instant at) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into mediation_decision (id, dispute_id, revision, mediator_id, outcome, amount, currency,
              reason_code, explanation, decided_at)
            values (?, ?, (select coalesce(max(revision), 0) + 1 from mediation_decision where dispute_id = ?),
              ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, disputeId, disputeId, mediator, outcome.name(), amount, currency, reason.name(), explanation,
            Timestamp.from(at))
        .update();
    return id;
  }

  List<StoredDecision> of(UUID disputeId) {
    return jdbc.sql("select id, revision, mediator_id, outcome, amount, currency, reason_code, explanation, decided_at "
            + "from mediation_decision where dispute_id = ? order by revision")
        .param(disputeId)
        .query((rs, n) -> new StoredDecision(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
            DecisionOutcome.valueOf(rs.getString(4)), rs.getBigDecimal(5), rs.getString(6),
            DecisionReason.valueOf(rs.getString(7)), rs.getString(8), rs.getTimestamp(9).toInstant()))
        .list();
  }
}
