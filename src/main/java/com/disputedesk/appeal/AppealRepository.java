package com.disputedesk.appeal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AppealRepository {
  private final JdbcClient jdbc;

  AppealRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Appeal a) {
    jdbc.sql("""
            insert into appeal (id, dispute_id, buyer_id, description, evidence_ids, status, round, filed_at,
              review_started_at, review_due_at, currency)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(a.id(), a.disputeId(), a.buyerId(), a.description(), a.evidenceIds().toArray(UUID[]::new),
            a.status().name(), a.round(), ts(a.filedAt()), ts(a.reviewStartedAt()), ts(a.reviewDueAt()), a.currency())
        .update();
  }

  Optional<Appeal> ofDispute(UUID disputeId) {
    return jdbc.sql("select * from appeal where dispute_id = ?").param(disputeId).query(this::map).optional();
  }

  Optional<Appeal> find(UUID id) {
    return jdbc.sql("select * from appeal where id = ?").param(id).query(this::map).optional();
  }

  Optional<Appeal> lockOfDispute(UUID disputeId) {
    return jdbc.sql("select * from appeal where dispute_id = ? for update").param(disputeId).query(this::map)
        .optional();
  }

  void status(UUID id, AppealStatus status) {
    jdbc.sql("update appeal set status = ?, version = version + 1 where id = ?").params(status.name(), id).update();
  }

  void withdraw(UUID id, Instant at) {
    jdbc.sql("update appeal set status = 'WITHDRAWN', withdrawn_at = ?, version = version + 1 where id = ?")
        .params(ts(at), id).update();
  }

  void decide(Appeal a, String commissioner, AppealOutcome outcome, BigDecimal compensation, String explanation,
      Instant at, Instant couponsDue) {
    jdbc.sql("""
            update appeal set status = ?, commissioner_id = ?, outcome = ?, compensation = ?, explanation = ?,
              decided_at = ?, coupons_due_at = ?, version = version + 1 where id = ?""")
        .params(outcome.name(), commissioner, outcome.name(), compensation, explanation, ts(at), ts(couponsDue),
            a.id()).update();
    jdbc.sql("""
            insert into appeal_review (appeal_id, round, commissioner_id, outcome, compensation, explanation, decided_at)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(a.id(), a.round(), commissioner, outcome.name(), compensation, explanation, ts(at)).update();
  }

  /** A second review: the earlier round stays in {@code appeal_review}; the appeal waits for a commissioner again. */
  void reopen(UUID id, Instant at, Instant reviewDue) {
    jdbc.sql("""
            update appeal set status = 'PENDING', round = round + 1, commissioner_id = null, outcome = null,
              compensation = null, explanation = null, decided_at = null, review_started_at = ?, review_due_at = ?,
              priority = 0, version = version + 1 where id = ?""")
        .params(ts(at), ts(reviewDue), id).update();
  }

  void raisePriority(UUID id) {
    jdbc.sql("update appeal set priority = priority + 1, version = version + 1 where id = ?").param(id).update();
  }

  void reviewDue(UUID disputeId, Instant due) {
    jdbc.sql("update appeal set review_due_at = ?, version = version + 1 where dispute_id = ?")
        .params(ts(due), disputeId).update();
  }

  void couponsDue(UUID disputeId, Instant due) {
    jdbc.sql("update appeal set coupons_due_at = ?, version = version + 1 where dispute_id = ?")
        .params(ts(due), disputeId).update();
  }

  List<AppealReview> reviews(UUID appealId) {
    return jdbc.sql("select * from appeal_review where appeal_id = ? order by round").param(appealId)
        .query((rs, n) -> new AppealReview(rs.getInt("round"), rs.getString("commissioner_id"),
            AppealOutcome.valueOf(rs.getString("outcome")), rs.getBigDecimal("compensation"),
            rs.getString("explanation"), inst(rs, "decided_at")))
        .list();
  }

  private Appeal map(ResultSet rs, int n) throws SQLException {
    String outcome = rs.getString("outcome");
    return new Appeal(rs.getObject("id", UUID.class), rs.getObject("dispute_id", UUID.class),
        rs.getString("buyer_id"), rs.getString("description"), uuids(rs.getArray("evidence_ids")),
        AppealStatus.valueOf(rs.getString("status")), rs.getInt("round"), inst(rs, "filed_at"),
        inst(rs, "review_started_at"), inst(rs, "review_due_at"), rs.getInt("priority"),
        rs.getString("commissioner_id"), outcome == null ? null : AppealOutcome.valueOf(outcome),
        rs.getBigDecimal("compensation"), rs.getString("currency"), rs.getString("explanation"),
        inst(rs, "decided_at"), inst(rs, "coupons_due_at"), inst(rs, "withdrawn_at"));
  }

  private static List<UUID> uuids(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(o -> (UUID) o).toList();
  }

  static Instant inst(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }
}
