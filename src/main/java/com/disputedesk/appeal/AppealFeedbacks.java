package com.disputedesk.appeal;

import com.disputedesk.common.EnglishText;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.PartyId;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.dispute.DisputeAppeals;
import com.disputedesk.sla.SlaPolicies;
import com.disputedesk.timeline.CaseTimeline;
import com.disputedesk.worklist.WorkItem;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After an upheld appeal the buyer may review the dispute resolution service; a quality reviewer reads it and either
 * acknowledges it or sends the appeal to a second review by a different commissioner.
 */
@Service
public class AppealFeedbacks {
  static final int TEXT_MAX = 2000;
  public enum Action { SECOND_REVIEW, ACKNOWLEDGED }

  private final AppealRepository appeals;
  private final FeedbackRepository feedback;
  private final AppealTasks tasks;
  private final DisputeAppeals disputes;
  private final SlaPolicies policies;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ReviewDeadline reviewDeadline;

  AppealFeedbacks(AppealRepository appeals, FeedbackRepository feedback, AppealTasks tasks, DisputeAppeals disputes,
      SlaPolicies policies, CaseTimeline timeline, ApplicationEventPublisher events, Clock clock,
      ReviewDeadline reviewDeadline) {
    this.reviewDeadline = reviewDeadline;
    this.appeals = appeals;
    this.feedback = feedback;
    this.tasks = tasks;
    this.disputes = disputes;
    this.policies = policies;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Feedback give(UUID disputeId, PartyId buyer, Integer rating, String text) {
    if (rating == null || rating < 1 || rating > 5) {
      throw new InvalidInput("rating", "must be a whole number from 1 to 5");
    }
    String body = EnglishText.require("text", text, TEXT_MAX);
    Appeal a = appeals.lockOfDispute(disputeId).filter(x -> x.buyerId().equals(buyer.value()))
        .orElseThrow(() -> RuleViolation.conflict("no-appeal", "Feedback follows an appeal; this dispute has none of "
            + "yours."));
    if (a.status() != AppealStatus.UPHELD) {
      throw RuleViolation.conflict("not-upheld", "Feedback on the service is for an upheld appeal; this one is "
          + a.status() + ".");
    }
    Feedback f = new Feedback(UUID.randomUUID(), a.id(), a.round(), rating, body, clock.instant(), null, null, null);
    if (!feedback.add(f)) {
      throw RuleViolation.conflict("feedback-exists", "You already sent feedback on this appeal's result.");
    }
    timeline.record(disputeId, "FEEDBACK_RECEIVED", buyer.value(), "BUYER",
        "The buyer rated the dispute resolution service " + rating + "/5", Map.of("appealId", a.id().toString()));
    tasks.feedbackReceived(disputeId, a.id());
    events.publishEvent(new FeedbackReceived(disputeId, a.id(), a.round(), rating));
    return f;
  }

  /** The quality reviewer who claimed the feedback acts on it. */
  @Transactional
  public void act(UUID disputeId, String reviewer, Action action) {
    if (action == null) {
      throw new InvalidInput("action", "must be SECOND_REVIEW or ACKNOWLEDGED");
    }
    Appeal a = appeals.lockOfDispute(disputeId)
        .orElseThrow(() -> RuleViolation.conflict("no-appeal", "This dispute has no appeal."));
    WorkItem task = tasks.heldBy(disputeId, AppealTasks.TASK_FEEDBACK, reviewer);
    if (action == Action.SECOND_REVIEW && a.status() != AppealStatus.UPHELD) {
      throw RuleViolation.conflict("not-upheld", "Only an upheld appeal can get a second review.");
    }
    Instant now = clock.instant();
    feedback.reviewed(a.id(), a.round(), reviewer, action.name(), now);
    if (action == Action.SECOND_REVIEW) {
      appeals.reopen(a.id(), now, policies.dueFrom(AppealFiling.REVIEW_POLICY, now));
      disputes.appealReopened(disputeId);
      timeline.record(disputeId, "SECOND_REVIEW_ORDERED", reviewer, "QUALITY_REVIEWER",
          "A quality reviewer sent the appeal to a second review by a different commissioner",
          Map.of("appealId", a.id().toString(), "round", a.round() + 1));
      events.publishEvent(new SecondReviewOrdered(disputeId, a.id(), a.round() + 1, reviewer));
    } else {
      timeline.record(disputeId, "FEEDBACK_ACKNOWLEDGED", reviewer, "QUALITY_REVIEWER",
          "A quality reviewer read the buyer's feedback", Map.of("appealId", a.id().toString()));
    }
    tasks.completeFeedback(task, action.name());
    if (action == Action.SECOND_REVIEW) {
      reviewDeadline.followEngine(disputeId);
    }
  }
}
