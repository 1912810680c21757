package com.disputedesk.appeal;

import com.disputedesk.worklist.HoldingRule;
import com.disputedesk.worklist.WorkItem;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Nobody who mediated a dispute, or reviewed its appeal before, is handed its appeal review. */
@Component
class AppealHoldingRule implements HoldingRule {
  private final FourEyes fourEyes;

  AppealHoldingRule(FourEyes fourEyes) {
    this.fourEyes = fourEyes;
  }

  @Override
  public Optional<String> refuses(WorkItem item, String user) {
    boolean review = AppealTasks.TASK_REVIEW.equals(item.taskKey());
    return review && fourEyes.excludes(item.caseId(), user)
        ? Optional.of(fourEyes.reason(item.caseId(), user)) : Optional.empty();
  }
}
