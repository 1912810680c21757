package com.disputedesk.mediation;

import com.disputedesk.sla.SlaTimersRetimed;
import com.disputedesk.sla.TimerMove;
import java.sql.Timestamp;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An open evidence request's deadline follows its re-timed timer. */
@Component
class EvidenceDeadlinesRetimed {
  private final JdbcClient jdbc;

  EvidenceDeadlinesRetimed(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void on(SlaTimersRetimed e) {
    for (TimerMove move : e.moves()) {
      if ("Timer_EvidenceOverdue".equals(move.activityId()) && move.caseId() != null) {
        jdbc.sql("update evidence_request set due_at = ? where dispute_id = ? and status = 'OPEN'")
            .params(Timestamp.from(move.newDue()), move.caseId()).update();
      }
    }
  }
}
