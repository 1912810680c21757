package com.disputedesk.appeal;

import com.disputedesk.timeline.CaseTimeline;
import com.disputedesk.worklist.Worklist;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReportReviewBreach}: {@code appeal-review} ran out. The item rises in priority and appears among the
 * quality reviewers' breaches, who are emailed; the appeal stays with the commission and nothing is decided.
 */
@Component("appealReviewBreach")
class AppealReviewBreachDelegate implements JavaDelegate {
  private final AppealRepository appeals;
  private final Worklist worklist;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;

  AppealReviewBreachDelegate(AppealRepository appeals, Worklist worklist, CaseTimeline timeline,
      ApplicationEventPublisher events) {
    this.appeals = appeals;
    this.worklist = worklist;
    this.timeline = timeline;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UUID disputeId = UUID.fromString(execution.getProcessBusinessKey());
    appeals.lockOfDispute(disputeId).ifPresent(a -> {
      appeals.raisePriority(a.id());
      worklist.refresh(disputeId);
      timeline.record(disputeId, "SLA_BREACHED", "system", "SYSTEM", "Appeal review is overdue; quality reviewers "
          + "were told", Map.of("policy", AppealFiling.REVIEW_POLICY, "appealId", a.id().toString()));
      events.publishEvent(new AppealReviewBreached(disputeId, a.id(), a.round()));
    });
  }
}
