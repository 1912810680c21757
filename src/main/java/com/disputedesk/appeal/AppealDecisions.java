package com.disputedesk.appeal;

import com.disputedesk.common.EnglishText;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.dispute.Dispute;
import com.disputedesk.dispute.DisputeAppeals;
import com.disputedesk.dispute.DisputeStatus;
import com.disputedesk.dispute.Disputes;
import com.disputedesk.sla.SlaPolicies;
import com.disputedesk.timeline.CaseTimeline;
import com.disputedesk.worklist.WorkItem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A commissioner upholds or overturns an appeal they claimed. The decision, the dispute's status, the event and the
 * task completion commit together; four-eyes is checked here and again by the engine listener.
 */
@Service
public class AppealDecisions {
  static final int EXPLANATION_MAX = 2000;
  static final String COUPON_DELAY_POLICY = "coupon-issue-delay";
  private final AppealRepository appeals;
  private final AppealTasks tasks;
  private final FourEyes fourEyes;
  private final Disputes disputeReads;
  private final DisputeAppeals disputes;
  private final SlaPolicies policies;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AppealDecisions(AppealRepository appeals, AppealTasks tasks, FourEyes fourEyes, Disputes disputeReads,
      DisputeAppeals disputes, SlaPolicies policies, CaseTimeline timeline, ApplicationEventPublisher events,
      Clock clock) {
    this.appeals = appeals;
    this.tasks = tasks;
    this.fourEyes = fourEyes;
    this.disputeReads = disputeReads;
    this.disputes = disputes;
    this.policies = policies;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  /** When coupons of an overturn decided now are credited: the {deadline} of an appeal decision's template. */
  public Instant couponsDueIfDecidedNow() {
    return policies.dueFrom(COUPON_DELAY_POLICY, clock.instant());
  }

  /** {@code compensation}: required and positive when overturning, at most what the order cost; ignored if upheld. */
  @Transactional
  public Appeal decide(UUID disputeId, String commissioner, AppealOutcome outcome, BigDecimal compensation,
      String explanation) {
    if (outcome == null) {
      throw new InvalidInput("outcome", "must be UPHELD or OVERTURNED");
    }
    Appeal a = appeals.lockOfDispute(disputeId)
        .orElseThrow(() -> RuleViolation.conflict("no-appeal", "This dispute has no appeal."));
    if (fourEyes.excludes(disputeId, commissioner)) {
      throw new RuleViolation(org.springframework.http.HttpStatus.FORBIDDEN, "four-eyes",
          fourEyes.reason(disputeId, commissioner));
    }
    if (a.status() != AppealStatus.IN_REVIEW) {
      throw RuleViolation.conflict("not-in-review", "This appeal is " + a.status() + ", not in review.");
    }
    WorkItem task = tasks.heldBy(disputeId, AppealTasks.TASK_REVIEW, commissioner);
    Dispute d = disputeReads.get(disputeId);
    BigDecimal amount = outcome == AppealOutcome.OVERTURNED ? compensation(compensation, d) : null;
    String text = EnglishText.require("explanation", explanation, EXPLANATION_MAX);
    Instant now = clock.instant();
    Instant couponsDue = amount == null ? null : policies.dueFrom(COUPON_DELAY_POLICY, now);
    appeals.decide(a, commissioner, outcome, amount, text, now, couponsDue);
    disputes.appealConcluded(disputeId, outcome == AppealOutcome.OVERTURNED ? DisputeStatus.APPEAL_OVERTURNED
        : DisputeStatus.APPEAL_UPHELD);
    timeline.record(disputeId, "APPEAL_REVIEWED", commissioner, "COMMISSIONER", "The appeal commission "
        + (amount == null ? "upheld the mediation decision" : "overturned the decision: compensation "
        + amount.toPlainString() + " " + d.currency() + " in coupons"),
        Map.of("appealId", a.id().toString(), "round", a.round(), "outcome", outcome.name()));
    tasks.completeReview(task, outcome);
    if (couponsDue != null) {
      // show exactly the engine's timer, created a few milliseconds after our own computation
      tasks.timerDue(disputeId, "Timer_CouponIssueDue").ifPresent(due -> appeals.couponsDue(disputeId, due));
    }
    events.publishEvent(new AppealDecided(disputeId, a.id(), a.round(), outcome, amount, d.currency()));
    return appeals.find(a.id()).orElseThrow();
  }

  private static BigDecimal compensation(BigDecimal amount, Dispute d) {
    if (amount == null || amount.signum() <= 0) {
      throw new InvalidInput("compensation", "must be a positive amount when overturning");
    }
    if (amount.scale() > 2) {
      throw new InvalidInput("compensation", "must have at most two decimals");
    }
    if (amount.compareTo(d.totalPaid()) > 0) {
      throw new InvalidInput("compensation", "must not exceed what the order cost (" + d.totalPaid().toPlainString()
          + " " + d.currency() + ")");
    }
    return amount.setScale(2);
  }
}
