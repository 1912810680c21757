package com.disputedesk.appeal;

import com.disputedesk.worklist.Worklist;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Makes the review deadline we show (the appeal, the queue's SLA chip) exactly the engine's {@code appeal-review}
 * timer, which is created a few milliseconds after we computed ours when the review process starts.
 */
@Component
class ReviewDeadline {
  static final String TIMER = "Timer_AppealReviewOverdue";
  private final AppealTasks tasks;
  private final AppealRepository appeals;
  private final Worklist worklist;

  ReviewDeadline(AppealTasks tasks, AppealRepository appeals, Worklist worklist) {
    this.tasks = tasks;
    this.appeals = appeals;
    this.worklist = worklist;
  }

  void followEngine(UUID disputeId) {
    tasks.timerDue(disputeId, TIMER).ifPresent(due -> {
      appeals.reviewDue(disputeId, due);
      worklist.refresh(disputeId);
    });
  }
}
