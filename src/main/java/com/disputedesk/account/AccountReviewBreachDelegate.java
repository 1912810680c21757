package com.disputedesk.account;

import com.disputedesk.timeline.CaseTimeline;
import com.disputedesk.worklist.Worklist;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * {@code account-review} ran out: the review rises in the queue and quality reviewers, who handle SLA breaches, are
 * told; nothing is decided by itself.
 */
@Component("accountReviewBreach")
class AccountReviewBreachDelegate implements JavaDelegate {
  private final AccountRepository accounts;
  private final Worklist worklist;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;

  AccountReviewBreachDelegate(AccountRepository accounts, Worklist worklist, CaseTimeline timeline,
      ApplicationEventPublisher events) {
    this.accounts = accounts;
    this.worklist = worklist;
    this.timeline = timeline;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UUID reviewId = UUID.fromString(execution.getProcessBusinessKey());
    accounts.raisePriority(reviewId);
    worklist.refresh(reviewId);
    timeline.record(reviewId, "SLA_BREACHED", "system", "SYSTEM", "The account review is overdue",
        Map.of("policy", AccountReviews.REVIEW_POLICY));
    accounts.find(reviewId).ifPresent(r -> events.publishEvent(new AccountReviewBreached(r.id(), r.partyId(),
        r.priority())));
  }
}
