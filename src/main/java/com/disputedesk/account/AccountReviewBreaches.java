package com.disputedesk.account;

import com.disputedesk.sla.SlaBreached;
import com.disputedesk.worklist.Worklist;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** {@code account-review} ran out: the review rises in the queue and quality reviewers are told. */
@Component
class AccountReviewBreaches {
  private final AccountRepository accounts;
  private final Worklist worklist;
  private final ApplicationEventPublisher events;

  AccountReviewBreaches(AccountRepository accounts, Worklist worklist,
      ApplicationEventPublisher events) {
    this.worklist = worklist;
    this.accounts = accounts;
    this.events = events;
  }

  @EventListener(condition = "#e.policyKey() == 'account-review'")
  void on(SlaBreached e) {
    accounts.raisePriority(e.caseId());
    worklist.refresh(e.caseId());
    accounts.find(e.caseId()).ifPresent(r -> events.publishEvent(new AccountReviewBreached(r.id(), r.partyId(),
        r.priority())));
  }
}
