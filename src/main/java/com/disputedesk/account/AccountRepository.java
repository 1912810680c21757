package com.disputedesk.account;

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

/** Standing and reviews of accounts. */
@Repository
class AccountRepository {
  private final JdbcClient jdbc;

  AccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Standing standing(String partyId) {
    return jdbc.sql("select * from account_standing where party_id = ?").param(partyId)
        .query((rs, n) -> new Standing(partyId, Standing.Status.valueOf(rs.getString("status")), inst(rs, "changed_at"),
            rs.getString("reason"), rs.getObject("source_id", UUID.class)))
        .optional().orElse(Standing.active(partyId));
  }

  void setStanding(String partyId, Standing.Status status, Instant at, String reason, UUID sourceId) {
    jdbc.sql("""
            insert into account_standing (party_id, status, changed_at, reason, source_id) values (?, ?, ?, ?, ?)
            on conflict (party_id) do update set status = excluded.status, changed_at = excluded.changed_at,
              reason = excluded.reason, source_id = excluded.source_id, version = account_standing.version + 1""")
        .params(partyId, status.name(), ts(at), reason, sourceId).update();
  }

  /** False when the party already has an open review (one at a time). */
  boolean open(AccountReview r) {
    return jdbc.sql("""
            insert into account_review (id, party_id, trigger, source_kind, source_id, opened_by, opened_reason, status,
              opened_at, review_started_at, review_due_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing""")
        .params(r.id(), r.partyId(), r.trigger().name(), r.sourceKind(), r.sourceId(), r.openedBy(), r.openedReason(),
            r.status().name(), ts(r.openedAt()), ts(r.reviewStartedAt()), ts(r.reviewDueAt()))
        .update() == 1;
  }

  Optional<AccountReview> find(UUID id) {
    return jdbc.sql("select * from account_review where id = ?").param(id).query(this::map).optional();
  }

  Optional<AccountReview> lock(UUID id) {
    return jdbc.sql("select * from account_review where id = ? for update").param(id).query(this::map).optional();
  }

  Optional<AccountReview> lockOpenOf(String partyId) {
    return jdbc.sql("select * from account_review where party_id = ? and status in "
            + "('UNDER_REVIEW', 'AWAITING_APPEAL', 'APPEAL_PENDING') for update")
        .param(partyId).query(this::map).optional();
  }

  List<AccountReview> of(String partyId) {
    return jdbc.sql("select * from account_review where party_id = ? order by opened_at desc limit 50")
        .param(partyId).query(this::map).list();
  }

  void status(UUID id, AccountReview.Status status) {
    jdbc.sql("update account_review set status = ?, version = version + 1 where id = ?").params(status.name(), id)
        .update();
  }

  void appealFiled(UUID id, String message, List<UUID> evidence, Instant at, Instant reviewDue) {
    jdbc.sql("""
            update account_review set status = 'APPEAL_PENDING', appeal_message = ?, appeal_evidence = ?,
              appeal_filed_at = ?, review_started_at = ?, review_due_at = ?, priority = 0, version = version + 1
            where id = ?""")
        .params(message, evidence.toArray(UUID[]::new), ts(at), ts(at), ts(reviewDue), id).update();
  }

  void reviewDue(UUID id, Instant due) {
    jdbc.sql("update account_review set review_due_at = ?, version = version + 1 where id = ?").params(ts(due), id)
        .update();
  }

  void decide(UUID id, AccountReview.Status status, String reviewer, String reasons, Instant at) {
    jdbc.sql("""
            update account_review set status = ?, decided_by = ?, decision_reasons = ?, decided_at = ?,
              version = version + 1 where id = ?""")
        .params(status.name(), reviewer, reasons, ts(at), id).update();
  }

  void raisePriority(UUID id) {
    jdbc.sql("update account_review set priority = priority + 1, version = version + 1 where id = ?").param(id)
        .update();
  }

  private AccountReview map(ResultSet rs, int n) throws SQLException {
    return new AccountReview(rs.getObject("id", UUID.class), rs.getString("party_id"),
        AccountReview.Trigger.valueOf(rs.getString("trigger")), rs.getString("source_kind"),
        rs.getObject("source_id", UUID.class), rs.getString("opened_by"), rs.getString("opened_reason"),
        AccountReview.Status.valueOf(rs.getString("status")), inst(rs, "opened_at"), inst(rs, "review_started_at"),
        inst(rs, "review_due_at"), rs.getInt("priority"), rs.getString("appeal_message"),
        Arrays.stream((Object[]) rs.getArray("appeal_evidence").getArray()).map(o -> (UUID) o).toList(),
        inst(rs, "appeal_filed_at"), rs.getString("decided_by"), inst(rs, "decided_at"),
        rs.getString("decision_reasons"));
  }

  private static Instant inst(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }
}
