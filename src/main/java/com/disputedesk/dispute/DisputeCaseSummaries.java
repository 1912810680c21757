package com.disputedesk.dispute;

import com.disputedesk.worklist.CaseSummary;
import com.disputedesk.worklist.CaseSummaryProvider;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What the mediators' queue shows for a dispute: the amount at stake is the part paid in money. */
@Component
class DisputeCaseSummaries implements CaseSummaryProvider {
  private final DisputeRepository disputes;

  DisputeCaseSummaries(DisputeRepository disputes) {
    this.disputes = disputes;
  }

  @Override
  public String processDefinitionKey() {
    return DisputeProcess.PROCESS_KEY;
  }

  @Override
  public CaseSummary summarize(UUID caseId, String taskKey) {
    Dispute d = disputes.find(caseId).orElseThrow();
    if ("Task_ApproveRevision".equals(taskKey)) {
      // a revision must be settled while the appeal window is still open
      return new CaseSummary(d.itemTitle(), "REVISION", d.reason().name(), d.moneyPaid(), d.currency(), d.orderId(),
          d.buyerId(), d.sellerId(), "appeal-window", d.decision() == null ? null : d.decision().decidedAt(),
          d.appealDueAt(), false, d.priority());
    }
    return new CaseSummary(d.itemTitle(), d.status().name(), d.reason().name(), d.moneyPaid(), d.currency(),
        d.orderId(), d.buyerId(), d.sellerId(), Escalation.MEDIATION_POLICY, d.escalatedAt(), d.mediationDueAt(),
        d.evidenceOverdue(), d.priority());
  }

  /** Screens about timers name these cases by their order number. */
  @org.springframework.context.annotation.Bean
  static com.disputedesk.sla.CaseReference disputeCaseSummariesReference() {
    return new com.disputedesk.sla.CaseReference("dispute", "order_id");
  }
}
