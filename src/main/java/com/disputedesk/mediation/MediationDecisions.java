package com.disputedesk.mediation;

import com.disputedesk.common.EnglishText;
import com.disputedesk.dispute.Dispute;
import com.disputedesk.dispute.DisputeMediation;
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

/** A mediator decides a claimed dispute. The decision, its events and the task completion commit together. */
@Service
public class MediationDecisions {
  static final String APPEAL_WINDOW_POLICY = "appeal-window";
  private final DisputeMediation disputes;
  private final MediationTasks tasks;
  private final DecisionRepository decisions;
  private final SlaPolicies policies;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  MediationDecisions(DisputeMediation disputes, MediationTasks tasks, DecisionRepository decisions,
      SlaPolicies policies, CaseTimeline timeline, ApplicationEventPublisher events, Clock clock) {
    this.disputes = disputes;
    this.tasks = tasks;
    this.decisions = decisions;
    this.policies = policies;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  /** The refund a decision would pay, checked as the form is filled in. */
  public BigDecimal preview(Dispute dispute, DecisionCommand command) {
    return RefundCeilingPolicy.refundFor(command, dispute.moneyPaid());
  }

  /** The last day to appeal a decision taken now: the {deadline} of a decision's reply template. */
  public Instant appealDueIfDecidedNow() {
    return policies.dueFrom(APPEAL_WINDOW_POLICY, clock.instant());
  }

  @Transactional
  public Dispute.Decision decide(UUID disputeId, String mediator, DecisionCommand command) {
    Dispute d = disputes.lockInMediation(disputeId);
    WorkItem task = tasks.heldBy(disputeId, mediator);
    BigDecimal refund = RefundCeilingPolicy.refundFor(command, d.moneyPaid());
    String explanation = EnglishText.require("explanation", command.explanation(),
        RefundCeilingPolicy.EXPLANATION_MAX);
    Instant now = clock.instant();
    UUID decisionId = decisions.add(disputeId, mediator, command.outcome(), refund, d.currency(), command.reason(),
        explanation, now);
    Dispute.Decision decision = new Dispute.Decision(command.outcome().name(), refund, command.reason().name(),
        explanation, now);
    disputes.decide(disputeId, mediator, decision, policies.dueFrom(APPEAL_WINDOW_POLICY, now));
    timeline.record(disputeId, "DECIDED", mediator, "MEDIATOR", "Mediator decided " + command.outcome()
        + (refund.signum() > 0 ? ": refund " + refund.toPlainString() + " " + d.currency() : ""),
        Map.of("outcome", command.outcome().name(), "refund", refund.toPlainString(),
            "reason", command.reason().name(), "decisionId", decisionId.toString()));
    tasks.complete(task, "DECIDED", mediator);
    events.publishEvent(new DisputeDecided(disputeId, decisionId, command.outcome(), refund, d.currency(),
        command.reason()));
    return decision;
  }
}
