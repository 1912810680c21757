package com.disputedesk.mediation;

import com.disputedesk.worklist.HoldingRule;
import com.disputedesk.worklist.WorkItem;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A revision is approved by a second mediator: it is never handed to the one who proposed it. */
@Component
class RevisionHoldingRule implements HoldingRule {
  private final DecisionRevisions revisions;

  RevisionHoldingRule(DecisionRevisions revisions) {
    this.revisions = revisions;
  }

  @Override
  public Optional<String> refuses(WorkItem item, String user) {
    if (!MediationTasks.TASK_APPROVE_REVISION.equals(item.taskKey())) {
      return Optional.empty();
    }
    return revisions.pending(item.caseId()).filter(r -> r.proposedBy().equals(user))
        .map(r -> user + " proposed this revision; a second mediator must approve it (four-eyes).");
  }
}
