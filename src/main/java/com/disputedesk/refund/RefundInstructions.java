package com.disputedesk.refund;

import com.disputedesk.dispute.Dispute;
import com.disputedesk.dispute.DisputeAgreed;
import com.disputedesk.dispute.Disputes;
import com.disputedesk.dispute.OutcomeType;
import com.disputedesk.mediation.DecisionOutcome;
import com.disputedesk.mediation.DecisionRevised;
import com.disputedesk.mediation.DisputeDecided;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/** Writes the refund instruction the payments system collects; the source reference makes it exactly-once. */
@Service
public class RefundInstructions {
  public record Instruction(UUID id, String sourceRef, UUID disputeId, String orderId, String buyerId,
      BigDecimal amount, String currency, boolean withReturn) {}

  private final JdbcClient jdbc;
  private final Disputes disputes;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  RefundInstructions(JdbcClient jdbc, Disputes disputes, Clock clock, ApplicationEventPublisher events) {
    this.events = events;
    this.jdbc = jdbc;
    this.disputes = disputes;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(DisputeDecided e) {
    if (e.refund().signum() > 0) {
      instruct("decision:" + e.decisionId(), disputes.get(e.disputeId()), e.refund(),
          e.outcome() == DecisionOutcome.REFUND_WITH_RETURN);
    }
  }

  /** A revised decision pays (or, negative, asks the payments system to correct) only the difference. */
  @ApplicationModuleListener
  void on(DecisionRevised e) {
    BigDecimal difference = e.refund().subtract(e.previousRefund());
    if (difference.signum() != 0) {
      instruct("revision:" + e.decisionId(), disputes.get(e.disputeId()), difference,
          e.outcome() == DecisionOutcome.REFUND_WITH_RETURN);
    }
  }

  @ApplicationModuleListener
  void on(DisputeAgreed e) {
    if (e.refund().signum() > 0) {
      instruct("agreement:" + e.disputeId(), disputes.get(e.disputeId()), e.refund(),
          e.agreed().type() == OutcomeType.REFUND_WITH_RETURN);
    }
  }

  public List<Instruction> forDispute(UUID disputeId) {
    return jdbc.sql("select id, source_ref, dispute_id, order_id, buyer_id, amount, currency, with_return "
            + "from refund_instruction where dispute_id = ? order by created_at")
        .param(disputeId)
        .query((rs, n) -> new Instruction(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
            rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getString(7), rs.getBoolean(8)))
        .list();
  }

  private void instruct(String sourceRef, Dispute d, BigDecimal amount, boolean withReturn) {
    Instruction instruction = new Instruction(UUID.randomUUID(), sourceRef, d.id(), d.orderId(), d.buyerId(), amount,
        d.currency(), withReturn);
    int written = jdbc.sql("""
            insert into refund_instruction (id, source_ref, dispute_id, order_id, buyer_id, amount, currency,
              with_return, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (source_ref) do nothing""")
        .params(instruction.id(), sourceRef, d.id(), d.orderId(), d.buyerId(), amount, d.currency(), withReturn,
            Timestamp.from(clock.instant()))
        .update();
    if (written == 1) {
      events.publishEvent(new RefundInstructed(instruction));
    }
  }
}
