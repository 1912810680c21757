package com.disputedesk.dispute;

import com.disputedesk.common.RuleViolation;
import com.disputedesk.timeline.CaseTimeline;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The state changes mediation makes to a dispute; called by the mediation module inside its transactions. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class DisputeMediation {
  private final DisputeRepository disputes;
  private final CaseTimeline timeline;

  DisputeMediation(DisputeRepository disputes, CaseTimeline timeline) {
    this.disputes = disputes;
    this.timeline = timeline;
  }

  /** Locks the dispute and checks it is in mediation: the base of every mediator action. */
  public Dispute lockInMediation(UUID id) {
    Dispute d = disputes.lock(id).orElseThrow();
    if (!DisputeStatus.IN_MEDIATION.contains(d.status())) {
      throw RuleViolation.conflict("wrong-stage", "The dispute is " + d.status() + ", not in mediation.");
    }
    return d;
  }

  /** Locks a dispute whose mediation decision stands (appeal window open): the base of a revision. */
  public Dispute lockDecided(UUID id) {
    Dispute d = disputes.lock(id).orElseThrow();
    if (d.status() != DisputeStatus.RESOLVED || d.decision() == null) {
      throw RuleViolation.conflict("not-decided", "Only a mediation decision within its appeal window can be "
          + "revised; this dispute is " + d.status() + ".");
    }
    return d;
  }

  public void awaitEvidence(UUID id, boolean fromBuyer, boolean fromSeller, Instant due, String mediatorId) {
    disputes.awaitEvidence(id, fromBuyer ? WaitingFor.BUYER : WaitingFor.SELLER, due, mediatorId);
  }

  public void waitingForParty(UUID id, WaitingFor party) {
    disputes.setWaitingFor(id, party, false);
  }

  /** The evidence round ended: all answered, or the deadline passed ({@code overdue}, shown in the queue). */
  public void backToMediator(UUID id, boolean overdue) {
    Dispute d = disputes.lock(id).orElseThrow();
    if (d.status() == DisputeStatus.AWAITING_EVIDENCE) {
      disputes.backToMediator(id, overdue);
    }
  }

  /** The mediation SLA ran out (the breach itself is on the timeline already). */
  public void raisePriority(UUID id) {
    disputes.raisePriority(id);
  }

  public void decide(UUID id, String mediatorId, Dispute.Decision decision, Instant appealDue) {
    disputes.decide(id, mediatorId, decision, appealDue);
  }
}
