package com.disputedesk.refund;

import com.disputedesk.common.CaseNotFound;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.common.SafeText;
import com.disputedesk.dispute.PaidRefunds;
import com.disputedesk.timeline.CaseTimeline;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What became of a refund instruction, as the payments system reports it: EXECUTED with its payment reference
 * (from then on the buyer can no longer cancel the dispute) or FAILED with a reason the mediator reads on the case
 * timeline. Reporting the same outcome twice is answered as the first time; a contradicting report is a 409.
 */
@Service
public class RefundExecution implements PaidRefunds {
  public enum Status { PENDING, EXECUTED, FAILED }

  public record RefundInstruction(UUID id, UUID disputeId, String orderId, String buyerId, BigDecimal amount,
      String currency, boolean withReturn, Status status, String paymentReference, String failureReason,
      Instant createdAt, Instant reportedAt) {}

  private static final String COLUMNS = "id, dispute_id, order_id, buyer_id, amount, currency, with_return, status, "
      + "payment_reference, failure_reason, created_at, reported_at";
  private final JdbcClient jdbc;
  private final CaseTimeline timeline;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  RefundExecution(JdbcClient jdbc, CaseTimeline timeline, Clock clock, ApplicationEventPublisher events) {
    this.events = events;
    this.jdbc = jdbc;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<RefundInstruction> withStatus(Status status, int limit) {
    return jdbc.sql("select " + COLUMNS + " from refund_instruction where status = ? order by created_at, id limit ?")
        .params(status.name(), limit).query(RefundExecution::map).list();
  }

  @Transactional(readOnly = true)
  public List<RefundInstruction> ofDispute(UUID disputeId) {
    return jdbc.sql("select " + COLUMNS + " from refund_instruction where dispute_id = ? order by created_at, id")
        .param(disputeId).query(RefundExecution::map).list();
  }

  @Override
  @Transactional(readOnly = true)
  public boolean anyPaid(UUID disputeId) {
    return jdbc.sql("select exists (select 1 from refund_instruction where dispute_id = ? and status = 'EXECUTED')")
        .param(disputeId).query(Boolean.class).single();
  }

  @Transactional
  public RefundInstruction executed(UUID id, String paymentReference, String reporter) {
    String reference = required("paymentReference", paymentReference, 200);
    RefundInstruction refund = lock(id);
    if (refund.status() == Status.EXECUTED && reference.equals(refund.paymentReference())) {
      return refund;
    }
    if (refund.status() != Status.PENDING) {
      throw RuleViolation.conflict("refund-already-reported", refund.status() == Status.EXECUTED
          ? "This refund was already reported executed with payment reference " + refund.paymentReference() + "."
          : "This refund was reported failed (" + refund.failureReason() + "); it cannot be executed any more.");
    }
    report(id, Status.EXECUTED, reference, null, reporter);
    timeline.record(refund.disputeId(), "REFUND_EXECUTED", reporter, "PAYMENTS", "Refund of " + money(refund)
        + " paid (payment reference " + reference + ")", Map.of("instructionId", id, "paymentReference", reference));
    return reported(id);
  }

  @Transactional
  public RefundInstruction failed(UUID id, String reason, String reporter) {
    String why = required("reason", reason, 1000);
    RefundInstruction refund = lock(id);
    if (refund.status() == Status.FAILED && why.equals(refund.failureReason())) {
      return refund;
    }
    if (refund.status() != Status.PENDING) {
      throw RuleViolation.conflict("refund-already-reported", refund.status() == Status.EXECUTED
          ? "This refund was already paid (payment reference " + refund.paymentReference() + "); it cannot fail."
          : "This refund was already reported failed: " + refund.failureReason());
    }
    report(id, Status.FAILED, null, why, reporter);
    timeline.record(refund.disputeId(), "REFUND_FAILED", reporter, "PAYMENTS", "Refund of " + money(refund)
        + " failed: " + why, Map.of("instructionId", id, "reason", why));
    return reported(id);
  }

  private void report(UUID id, Status status, String reference, String reason, String reporter) {
    jdbc.sql("update refund_instruction set status = ?, payment_reference = ?, failure_reason = ?, reported_at = ?, "
            + "reported_by = ? where id = ?")
        .params(status.name(), reference, reason, Timestamp.from(clock.instant()), reporter, id).update();
  }

  private RefundInstruction reported(UUID id) {
    RefundInstruction refund = lock(id);
    events.publishEvent(new RefundReported(refund));
    return refund;
  }

  private RefundInstruction lock(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from refund_instruction where id = ? for update").param(id)
        .query(RefundExecution::map).optional().orElseThrow(() -> new CaseNotFound("refund instruction", id));
  }

  private static String required(String field, String text, int max) {
    if (text == null || text.isBlank()) {
      throw new InvalidInput(field, "must not be empty");
    }
    String accepted = Objects.requireNonNull(SafeText.accept(field, text.strip()));
    if (accepted.length() > max) {
      throw new InvalidInput(field, "must be at most " + max + " characters");
    }
    return accepted;
  }

  private static String money(RefundInstruction refund) {
    return refund.amount().toPlainString() + " " + refund.currency();
  }

  private static RefundInstruction map(ResultSet rs, int n) throws SQLException {
    Timestamp reported = rs.getTimestamp("reported_at");
    return new RefundInstruction(rs.getObject("id", UUID.class), rs.getObject("dispute_id", UUID.class),
        rs.getString("order_id"), rs.getString("buyer_id"), rs.getBigDecimal("amount"), rs.getString("currency"),
        rs.getBoolean("with_return"),
        Status.valueOf(rs.getString("status")), rs.getString("payment_reference"), rs.getString("failure_reason"),
        rs.getTimestamp("created_at").toInstant(), reported == null ? null : reported.toInstant());
  }
}
