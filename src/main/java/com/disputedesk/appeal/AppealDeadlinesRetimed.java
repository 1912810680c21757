package com.disputedesk.appeal;

import com.disputedesk.sla.SlaTimersRetimed;
import com.disputedesk.sla.TimerMove;
import com.disputedesk.worklist.Worklist;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the appeal's review and coupon dates equal to the engine's timers after a re-timing (same transaction). */
@Component
class AppealDeadlinesRetimed {
  private final AppealRepository appeals;
  private final Worklist worklist;

  AppealDeadlinesRetimed(AppealRepository appeals, Worklist worklist) {
    this.appeals = appeals;
    this.worklist = worklist;
  }

  @EventListener
  void on(SlaTimersRetimed e) {
    for (TimerMove move : e.moves()) {
      if (move.caseId() == null) {
        continue;
      }
      switch (move.activityId()) {
        case "Timer_AppealReviewOverdue" -> {
          appeals.reviewDue(move.caseId(), move.newDue());
          worklist.refresh(move.caseId());
        }
        case "Timer_CouponIssueDue" -> appeals.couponsDue(move.caseId(), move.newDue());
        default -> { }
      }
    }
  }
}
