package com.disputedesk.mediation;

import com.disputedesk.common.EnglishText;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.dispute.Dispute;
import com.disputedesk.dispute.DisputeMediation;
import com.disputedesk.sla.SlaPolicies;
import com.disputedesk.timeline.CaseTimeline;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DOMAIN.md §1b: a decision is final for mediation; revising it (the seed's "12,168.71, then 0.00 on the last day")
 * needs a second mediator's approval, and both versions stay in the record.
 */
@Service
public class DecisionRevisions {
  private final DisputeMediation disputes;
  private final DecisionRevisionRepository revisions;
  private final DecisionRepository decisions;
  private final MediationTasks tasks;
  private final SlaPolicies policies;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  DecisionRevisions(DisputeMediation disputes, DecisionRevisionRepository revisions, DecisionRepository decisions,
      MediationTasks tasks, SlaPolicies policies, CaseTimeline timeline, ApplicationEventPublisher events, Clock clock) {
    this.disputes = disputes;
    this.revisions = revisions;
    this.decisions = decisions;
    this.tasks = tasks;
    this.policies = policies;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Optional<DecisionRevision> pending(UUID disputeId) {
    return revisions.pending(disputeId);
  }

  @Transactional
  public DecisionRevision propose(UUID disputeId, String mediator, DecisionCommand command) {
    Dispute d = disputes.lockDecided(disputeId);
    if (revisions.pending(disputeId).isPresent()) {
      throw RuleViolation.conflict("revision-pending", "A revision of this decision already waits for approval.");
    }
    BigDecimal refund = RefundCeilingPolicy.refundFor(command, d.moneyPaid());
    String explanation = EnglishText.require("explanation", command.explanation(), RefundCeilingPolicy.EXPLANATION_MAX);
    var revision = new DecisionRevision(UUID.randomUUID(), disputeId, mediator, command.outcome(), refund,
        command.reason(), explanation, clock.instant(), "PENDING", null);
    revisions.add(revision);
    timeline.record(disputeId, "REVISION_PROPOSED", mediator, "MEDIATOR", "Mediator proposed to revise the decision to "
        + command.outcome() + " (refund " + refund.toPlainString() + "); a second mediator must approve",
        Map.of("revisionId", revision.id().toString(), "refund", refund.toPlainString()));
    tasks.revisionProposed(disputeId);
    return revision;
  }

  @Transactional
  public Dispute.Decision approve(UUID disputeId, String approver) {
    Dispute d = disputes.lockDecided(disputeId);
    DecisionRevision r = pendingOf(disputeId);
    requireSecondPair(r, approver);
    Instant now = clock.instant();
    UUID decisionId = decisions.add(disputeId, r.proposedBy(), r.outcome(), r.amount(), d.currency(), r.reason(),
        r.explanation(), now);
    Dispute.Decision revised = new Dispute.Decision(r.outcome().name(), r.amount(), r.reason().name(), r.explanation(),
        now);
    Instant appealEnd = policies.dueFrom(MediationDecisions.APPEAL_WINDOW_POLICY, now);
    disputes.decide(disputeId, r.proposedBy(), revised, appealEnd);
    revisions.review(r.id(), "APPROVED", approver, now);
    timeline.record(disputeId, "DECISION_REVISED", approver, "MEDIATOR", "Decision revised from "
        + d.decision().outcome() + " (refund " + d.decision().amount().toPlainString() + ") to " + r.outcome()
        + " (refund " + r.amount().toPlainString() + "), proposed by " + r.proposedBy() + ", approved by " + approver,
        Map.of("decisionId", decisionId.toString(), "previousRefund", d.decision().amount().toPlainString(),
            "refund", r.amount().toPlainString()));
    tasks.revisionReviewed(disputeId, approver);
    tasks.restartAppealWindow(disputeId, now, appealEnd);
    events.publishEvent(new DecisionRevised(disputeId, decisionId, r.outcome(), d.decision().amount(), r.amount(),
        d.currency(), r.proposedBy(), approver));
    return revised;
  }

  @Transactional
  public void reject(UUID disputeId, String reviewer) {
    disputes.lockDecided(disputeId);
    DecisionRevision r = pendingOf(disputeId);
    requireSecondPair(r, reviewer);
    revisions.review(r.id(), "REJECTED", reviewer, clock.instant());
    timeline.record(disputeId, "REVISION_REJECTED", reviewer, "MEDIATOR",
        "Revision proposed by " + r.proposedBy() + " was rejected; the decision stands", Map.of());
    tasks.revisionReviewed(disputeId, reviewer);
  }

  private DecisionRevision pendingOf(UUID disputeId) {
    return revisions.pending(disputeId)
        .orElseThrow(() -> RuleViolation.conflict("no-revision", "No revision of this decision waits for approval."));
  }

  private static void requireSecondPair(DecisionRevision r, String reviewer) {
    if (r.proposedBy().equals(reviewer)) {
      throw new RuleViolation(HttpStatus.FORBIDDEN, "four-eyes",
          "A revision needs a second mediator: " + reviewer + " proposed it and cannot approve or reject it.");
    }
  }
}
