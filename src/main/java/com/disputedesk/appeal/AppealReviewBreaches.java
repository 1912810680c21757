package com.disputedesk.appeal;

import com.disputedesk.sla.SlaBreached;
import com.disputedesk.worklist.Worklist;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code appeal-review} ran out: the appeal rises in the commission's queue and quality reviewers are emailed; it
 * stays with the commission and nothing is decided.
 */
@Component
class AppealReviewBreaches {
  private final AppealRepository appeals;
  private final Worklist worklist;
  private final ApplicationEventPublisher events;

  AppealReviewBreaches(AppealRepository appeals, Worklist worklist,
      ApplicationEventPublisher events) {
    this.worklist = worklist;
    this.appeals = appeals;
    this.events = events;
  }

  @EventListener(condition = "#e.policyKey() == 'appeal-review'")
  void on(SlaBreached e) {
    appeals.lockOfDispute(e.caseId()).ifPresent(a -> {
      appeals.raisePriority(a.id());
      worklist.refresh(e.caseId());
      events.publishEvent(new AppealReviewBreached(e.caseId(), a.id(), a.round()));
    });
  }
}
