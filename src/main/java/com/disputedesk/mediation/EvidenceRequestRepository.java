package com.disputedesk.mediation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EvidenceRequestRepository {
  private final JdbcClient jdbc;

  EvidenceRequestRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(EvidenceRequest r) {
    jdbc.sql("""
            insert into evidence_request (id, dispute_id, mediator_id, message, from_buyer, from_seller, due_at,
              created_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')""")
        .params(r.id(), r.disputeId(), r.mediatorId(), r.message(), r.fromBuyer(), r.fromSeller(),
            Timestamp.from(r.dueAt()), Timestamp.from(r.createdAt()))
        .update();
  }

  Optional<EvidenceRequest> lock(UUID disputeId, UUID requestId) {
    return jdbc.sql("select * from evidence_request where id = ? and dispute_id = ? for update")
        .params(requestId, disputeId).query(this::map).optional();
  }

  Optional<EvidenceRequest> open(UUID disputeId) {
    return jdbc.sql("select * from evidence_request where dispute_id = ? and status = 'OPEN' for update")
        .param(disputeId).query(this::map).optional();
  }

  List<EvidenceRequest> of(UUID disputeId) {
    return jdbc.sql("select * from evidence_request where dispute_id = ? order by created_at").param(disputeId)
        .query(this::map).list();
  }

  void answer(UUID requestId, String role, String message, Instant at, boolean complete) {
    String column = "BUYER".equals(role) ? "buyer" : "seller";
    jdbc.sql("update evidence_request set " + column + "_answered_at = ?, " + column + "_answer = ?, status = ? "
            + "where id = ?")
        .params(Timestamp.from(at), message, complete ? "ANSWERED" : "OPEN", requestId)
        .update();
  }

  void markOverdue(UUID requestId) {
    jdbc.sql("update evidence_request set status = 'OVERDUE' where id = ? and status = 'OPEN'").param(requestId).update();
  }

  private EvidenceRequest map(ResultSet rs, int n) throws SQLException {
    return new EvidenceRequest(rs.getObject("id", UUID.class), rs.getObject("dispute_id", UUID.class),
        rs.getString("mediator_id"), rs.getString("message"), rs.getBoolean("from_buyer"),
        rs.getBoolean("from_seller"), inst(rs, "due_at"), inst(rs, "created_at"), inst(rs, "buyer_answered_at"),
        rs.getString("buyer_answer"), inst(rs, "seller_answered_at"), rs.getString("seller_answer"),
        EvidenceRequest.Status.valueOf(rs.getString("status")));
  }

  private static Instant inst(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
