package com.disputedesk.dispute;

import com.disputedesk.sla.SlaTimersRetimed;
import com.disputedesk.sla.TimerMove;
import com.disputedesk.worklist.Worklist;
import java.sql.Timestamp;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps the deadlines parties and queues see equal to the engine's timers after a re-timing (same transaction). */
@Component
class DisputeDeadlinesRetimed {
  private static final Map<String, String> COLUMN_BY_TIMER = Map.of(
      "Timer_NegotiationExpired", "negotiation_due_at",
      "Timer_MediationOverdue", "mediation_due_at",
      "Timer_EvidenceOverdue", "evidence_due_at",
      "Timer_AppealWindowClosed", "appeal_due_at");
  private final JdbcClient jdbc;
  private final Worklist worklist;

  DisputeDeadlinesRetimed(JdbcClient jdbc, Worklist worklist) {
    this.jdbc = jdbc;
    this.worklist = worklist;
  }

  @EventListener
  void on(SlaTimersRetimed e) {
    for (TimerMove move : e.moves()) {
      String column = COLUMN_BY_TIMER.get(move.activityId());
      if (column == null || move.caseId() == null) {
        continue;
      }
      jdbc.sql("update dispute set " + column + " = ?, version = version + 1 where id = ?")
          .params(Timestamp.from(move.newDue()), move.caseId()).update();
      worklist.refresh(move.caseId());
    }
  }
}
