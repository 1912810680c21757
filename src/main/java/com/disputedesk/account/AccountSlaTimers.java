package com.disputedesk.account;

import com.disputedesk.sla.SlaTimer;
import com.disputedesk.sla.SlaTimersRetimed;
import com.disputedesk.sla.TimerMove;
import com.disputedesk.worklist.Worklist;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The {@code account-review} timers, and our review dates kept equal to them after a re-timing. */
@Configuration(proxyBeanMethods = false)
class AccountSlaTimers {
  private static final java.util.Set<String> TIMERS =
      java.util.Set.of("Timer_FraudReviewOverdue", "Timer_ReactivationReviewOverdue");
  private final AccountRepository accounts;
  private final Worklist worklist;

  AccountSlaTimers(AccountRepository accounts, Worklist worklist) {
    this.accounts = accounts;
    this.worklist = worklist;
  }

  @Bean
  static SlaTimer fraudReviewTimer() {
    return new SlaTimer(AccountReviews.REVIEW_POLICY, AccountProcess.KEY, "Timer_FraudReviewOverdue");
  }

  @Bean
  static SlaTimer reactivationReviewTimer() {
    return new SlaTimer(AccountReviews.REVIEW_POLICY, AccountProcess.KEY, "Timer_ReactivationReviewOverdue");
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
