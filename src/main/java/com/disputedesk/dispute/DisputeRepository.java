package com.disputedesk.dispute;

import java.math.BigDecimal;
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
class DisputeRepository {
  private final JdbcClient jdbc;

  DisputeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Dispute d) {
    jdbc.sql("""
            insert into dispute (id, order_id, buyer_id, seller_id, buyer_email, seller_email, store_name, item_title,
              currency, total_paid, coupon_paid, tracking_number, receipt_confirmed_at, protection_ends_at, reason,
              goods_received, requested_type, requested_amount, description, status, waiting_for, opened_at,
              negotiation_due_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(d.id(), d.orderId(), d.buyerId(), d.sellerId(), d.buyerEmail(), d.sellerEmail(), d.storeName(),
            d.itemTitle(), d.currency(), d.totalPaid(), d.couponPaid(), d.trackingNumber(), ts(d.receiptConfirmedAt()),
            ts(d.protectionEndsAt()), d.reason().name(), d.goodsReceived(), d.requested().type().name(),
            d.requested().amount(), d.description(), d.status().name(), d.waitingFor().name(), ts(d.openedAt()),
            ts(d.negotiationDueAt()))
        .update();
  }

  Optional<Dispute> find(UUID id) {
    return jdbc.sql("select * from dispute where id = ?").param(id).query(this::map).optional();
  }

  /** Reads and locks the row: commands on one dispute run one after another. */
  Optional<Dispute> lock(UUID id) {
    return jdbc.sql("select * from dispute where id = ? for update").param(id).query(this::map).optional();
  }

  boolean existsForOrder(String orderId) {
    return jdbc.sql("select count(*) from dispute where order_id = ?").param(orderId).query(Integer.class).single() > 0;
  }

  List<Dispute> ofParty(String partyId, String orderId, int limit) {
    return jdbc.sql("""
            select * from dispute where (buyer_id = :p or seller_id = :p) and (:o::text is null or order_id = :o)
            order by opened_at desc limit :l""")
        .param("p", partyId).param("o", orderId).param("l", limit)
        .query(this::map).list();
  }

  void setStatus(UUID id, DisputeStatus status, WaitingFor waitingFor) {
    jdbc.sql("update dispute set status = ?, waiting_for = ?, version = version + 1 where id = ?")
        .params(status.name(), waitingFor.name(), id).update();
  }

  void setWaitingFor(UUID id, WaitingFor waitingFor, boolean sellerRejected) {
    jdbc.sql("update dispute set waiting_for = ?, seller_rejected = seller_rejected or ?, version = version + 1 "
            + "where id = ?")
        .params(waitingFor.name(), sellerRejected, id).update();
  }

  void setRequested(UUID id, Outcome requested) {
    jdbc.sql("update dispute set requested_type = ?, requested_amount = ?, waiting_for = 'SELLER', "
            + "version = version + 1 where id = ?")
        .params(requested.type().name(), requested.amount(), id).update();
  }

  void resolve(UUID id, Instant at) {
    jdbc.sql("update dispute set status = 'RESOLVED', waiting_for = 'NONE', resolved_at = ?, version = version + 1 "
            + "where id = ?").params(ts(at), id).update();
  }

  void escalate(UUID id, String by, Instant at, Instant mediationDue) {
    jdbc.sql("""
            update dispute set status = 'ESCALATED', waiting_for = 'MEDIATOR', escalated_at = ?, escalated_by = ?,
              mediation_due_at = ?, version = version + 1 where id = ?""")
        .params(ts(at), by, ts(mediationDue), id).update();
  }

  void cancel(UUID id, Instant at) {
    jdbc.sql("update dispute set status = 'CANCELLED', waiting_for = 'NONE', cancelled_at = ?, version = version + 1 "
            + "where id = ?").params(ts(at), id).update();
  }

  void close(UUID id, Instant at) {
    jdbc.sql("update dispute set status = 'CLOSED', waiting_for = 'NONE', closed_at = ?, version = version + 1 "
            + "where id = ?").params(ts(at), id).update();
  }

  void awaitEvidence(UUID id, WaitingFor waitingFor, Instant due, String mediatorId) {
    jdbc.sql("""
            update dispute set status = 'AWAITING_EVIDENCE', waiting_for = ?, evidence_due_at = ?, mediator_id = ?,
              version = version + 1 where id = ?""")
        .params(waitingFor.name(), ts(due), mediatorId, id).update();
  }

  void backToMediator(UUID id, boolean evidenceOverdue) {
    jdbc.sql("update dispute set status = 'ESCALATED', waiting_for = 'MEDIATOR', evidence_due_at = null, "
            + "evidence_overdue = ?, version = version + 1 where id = ?").params(evidenceOverdue, id).update();
  }

  void raisePriority(UUID id) {
    jdbc.sql("update dispute set priority = priority + 1, version = version + 1 where id = ?").param(id).update();
  }

  void decide(UUID id, String mediatorId, Dispute.Decision decision, Instant appealDue) {
    jdbc.sql("""
            update dispute set status = 'RESOLVED', waiting_for = 'NONE', mediator_id = ?, decision_outcome = ?,
              decision_amount = ?, decision_reason = ?, decision_explanation = ?, decided_at = ?, appeal_due_at = ?,
              resolved_at = ?, version = version + 1 where id = ?""")
        .params(mediatorId, decision.outcome(), decision.amount(), decision.reasonCode(), decision.explanation(),
            ts(decision.decidedAt()), ts(appealDue), ts(decision.decidedAt()), id).update();
  }

  void appealStage(UUID id, DisputeStatus status, WaitingFor waitingFor) {
    jdbc.sql("update dispute set status = ?, waiting_for = ?, version = version + 1 where id = ?")
        .params(status.name(), waitingFor.name(), id).update();
  }

  private Dispute map(ResultSet rs, int n) throws SQLException {
    BigDecimal requestedAmount = rs.getBigDecimal("requested_amount");
    String outcome = rs.getString("decision_outcome");
    Dispute.Decision decision = outcome == null ? null : new Dispute.Decision(outcome,
        rs.getBigDecimal("decision_amount"), rs.getString("decision_reason"), rs.getString("decision_explanation"),
        inst(rs, "decided_at"));
    return new Dispute(rs.getObject("id", UUID.class), rs.getString("order_id"), rs.getString("buyer_id"),
        rs.getString("seller_id"), rs.getString("buyer_email"), rs.getString("seller_email"),
        rs.getString("store_name"), rs.getString("item_title"), rs.getString("currency"),
        rs.getBigDecimal("total_paid"), rs.getBigDecimal("coupon_paid"), rs.getString("tracking_number"),
        inst(rs, "receipt_confirmed_at"), inst(rs, "protection_ends_at"),
        DisputeReason.valueOf(rs.getString("reason")), rs.getBoolean("goods_received"),
        new Outcome(OutcomeType.valueOf(rs.getString("requested_type")), requestedAmount),
        rs.getString("description"), DisputeStatus.valueOf(rs.getString("status")),
        WaitingFor.valueOf(rs.getString("waiting_for")), rs.getBoolean("seller_rejected"), inst(rs, "opened_at"),
        inst(rs, "negotiation_due_at"), inst(rs, "escalated_at"), rs.getString("escalated_by"),
        inst(rs, "mediation_due_at"), inst(rs, "evidence_due_at"), rs.getBoolean("evidence_overdue"), rs.getString("mediator_id"), rs.getInt("priority"),
        decision, inst(rs, "appeal_due_at"), inst(rs, "resolved_at"), inst(rs, "cancelled_at"),
        inst(rs, "closed_at"));
  }

  private static Instant inst(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }
}
