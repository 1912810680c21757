package com.disputedesk.account;

import com.disputedesk.sla.SlaTimersRetimed;
import com.disputedesk.sla.TimerMove;
import com.disputedesk.worklist.Worklist;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The {@code account-review} timers, and our review dates kept equal to them after a re-timing. */
@Component
class AccountSlaTimers {
  private static final java.util.Set<String> TIMERS =
      java.util.Set.of("Timer_FraudReviewOverdue", "Timer_ReactivationReviewOverdue");
  private final AccountRepository accounts;
  private final Worklist worklist;

  AccountSlaTimers(AccountRepository accounts, Worklist worklist) {
    this.accounts = accounts;
    this.worklist = worklist;
  }

  @EventListener
  void on(SlaTimersRetimed e) {
    for (TimerMove move : e.moves()) {
      if (move.caseId() != null && TIMERS.contains(move.activityId())) {
        accounts.reviewDue(move.caseId(), move.newDue());
        worklist.refresh(move.caseId());
      }
    }
  }
}
