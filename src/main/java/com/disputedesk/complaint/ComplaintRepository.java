package com.disputedesk.complaint;

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
class ComplaintRepository {
  private final JdbcClient jdbc;

  ComplaintRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** False when another open case for the listing exists (a concurrent report created it first). */
  boolean openCase(ComplaintCase c) {
    return jdbc.sql("""
            insert into complaint_case (id, listing_key, product_url, accused_id, status, opened_at, response_due_at)
            values (?, ?, ?, ?, 'WAITING_FOR_RESPONSE', ?, ?)
            on conflict (listing_key) where status <> 'RESOLVED' do nothing""")
        .params(c.id(), c.listingKey(), c.productUrl(), c.accusedId(), ts(c.openedAt()), ts(c.responseDueAt()))
        .update() == 1;
  }

  Optional<ComplaintCase> lockOpenCase(String listingKey) {
    return jdbc.sql("select * from complaint_case where listing_key = ? and status <> 'RESOLVED' for update")
        .param(listingKey).query(this::mapCase).optional();
  }

  Optional<ComplaintCase> findCase(UUID id) {
    return jdbc.sql("select * from complaint_case where id = ?").param(id).query(this::mapCase).optional();
  }

  Optional<ComplaintCase> lockCase(UUID id) {
    return jdbc.sql("select * from complaint_case where id = ? for update").param(id).query(this::mapCase).optional();
  }

  List<ComplaintCase> casesAgainst(String accusedId, int limit) {
    return jdbc.sql("select * from complaint_case where accused_id = ? order by opened_at desc limit ?")
        .params(accusedId, limit).query(this::mapCase).list();
  }

  void addComplaint(Complaint c) {
    jdbc.sql("""
            insert into complaint (id, case_id, reporter_id, type, sub_reason, product_url, accused_id, description,
              evidence_id, filed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(c.id(), c.caseId(), c.reporterId(), c.type().name(), c.subReason(), c.productUrl(), c.accusedId(),
            c.description(), c.evidenceId(), ts(c.filedAt()))
        .update();
  }

  Optional<Complaint> findComplaint(UUID id) {
    return jdbc.sql("select * from complaint where id = ?").param(id).query(this::mapComplaint).optional();
  }

  List<Complaint> complaintsOf(UUID caseId) {
    return jdbc.sql("select * from complaint where case_id = ? order by filed_at").param(caseId)
        .query(this::mapComplaint).list();
  }

  List<Complaint> against(String accusedId) {
    return jdbc.sql("select * from complaint where accused_id = ? order by filed_at desc limit 500").param(accusedId)
        .query(this::mapComplaint).list();
  }

  List<Complaint> byReporter(String reporterId) {
    return jdbc.sql("select * from complaint where reporter_id = ? order by filed_at desc limit 500").param(reporterId)
        .query(this::mapComplaint).list();
  }

  void addResponse(ComplaintResponse r) {
    jdbc.sql("""
            insert into complaint_response (case_id, round, responder_id, message, evidence_ids, answered_at)
            values (?, ?, ?, ?, ?, ?)""")
        .params(r.caseId(), r.round(), r.responderId(), r.message(), r.evidenceIds().toArray(UUID[]::new),
            ts(r.answeredAt()))
        .update();
  }

  List<ComplaintResponse> responses(UUID caseId) {
    return jdbc.sql("select * from complaint_response where case_id = ? order by round").param(caseId)
        .query((rs, n) -> new ComplaintResponse(rs.getObject("case_id", UUID.class), rs.getInt("round"),
            rs.getString("responder_id"), rs.getString("message"),
            Arrays.stream((Object[]) rs.getArray("evidence_ids").getArray()).map(o -> (UUID) o).toList(),
            inst(rs, "answered_at")))
        .list();
  }

  void status(UUID id, ComplaintCase.Status status, boolean noResponse) {
    jdbc.sql("update complaint_case set status = ?, no_response = ?, version = version + 1 where id = ?")
        .params(status.name(), noResponse, id).update();
  }

  void noticeSent(UUID id, Instant at, Instant responseDue) {
    jdbc.sql("""
            update complaint_case set status = 'WAITING_FOR_RESPONSE', round = round + 1, notice_sent_at = ?,
              response_due_at = ?, no_response = false, version = version + 1 where id = ?""")
        .params(ts(at), ts(responseDue), id).update();
  }

  void responseDue(UUID id, Instant due) {
    jdbc.sql("update complaint_case set response_due_at = ?, version = version + 1 where id = ?")
        .params(ts(due), id).update();
  }

  void resolve(UUID id, String outcome, Sanction sanction, String reason, String reviewer, Instant at) {
    jdbc.sql("""
            update complaint_case set status = 'RESOLVED', outcome = ?, sanction = ?, decision_reason = ?,
              decided_by = ?, decided_at = ?, version = version + 1 where id = ?""")
        .params(outcome, sanction == null ? null : sanction.name(), reason, reviewer, ts(at), id).update();
  }

  private ComplaintCase mapCase(ResultSet rs, int n) throws SQLException {
    String sanction = rs.getString("sanction");
    return new ComplaintCase(rs.getObject("id", UUID.class), rs.getString("listing_key"), rs.getString("product_url"),
        rs.getString("accused_id"), ComplaintCase.Status.valueOf(rs.getString("status")), inst(rs, "opened_at"),
        inst(rs, "response_due_at"), rs.getBoolean("no_response"), rs.getInt("round"), inst(rs, "notice_sent_at"),
        rs.getString("outcome"), sanction == null ? null : Sanction.valueOf(sanction), rs.getString("decision_reason"),
        rs.getString("decided_by"), inst(rs, "decided_at"));
  }

  private Complaint mapComplaint(ResultSet rs, int n) throws SQLException {
    return new Complaint(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
        rs.getString("reporter_id"), ComplaintType.valueOf(rs.getString("type")), rs.getString("sub_reason"),
        rs.getString("product_url"), rs.getString("accused_id"), rs.getString("description"),
        rs.getObject("evidence_id", UUID.class), inst(rs, "filed_at"));
  }

  private static Instant inst(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }
}
