package com.disputedesk.dispute;

import com.disputedesk.common.CaseNotFound;
import com.disputedesk.common.PartyId;
import com.disputedesk.common.RuleViolation;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispute's side of an appeal (DOMAIN.md §2): who may appeal and when, and the statuses the buyer sees. Called by
 * the appeal module inside its transactions. Account suspension is deliberately not checked: a suspended buyer can
 * still appeal.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class DisputeAppeals {
  static final String MESSAGE_APPEAL_FILED = "Message_AppealFiled";
  private final DisputeRepository disputes;
  private final DisputeProcess process;

  DisputeAppeals(DisputeRepository disputes, DisputeProcess process) {
    this.disputes = disputes;
    this.process = process;
  }

  /** Locks the dispute if {@code party}, its buyer, may appeal it at {@code now}; otherwise says why not. */
  public Dispute lockAppealable(UUID id, PartyId party, Instant now) {
    Dispute d = disputes.find(id).filter(x -> x.involves(party.value()))
        .orElseThrow(() -> new CaseNotFound("dispute", id));
    d = disputes.lock(id).orElseThrow();
    if (!d.isBuyer(party.value())) {
      throw RuleViolation.conflict("not-appealable", "Only the buyer can appeal a mediation decision.");
    }
    if (d.status().stage() == DisputeStatus.Stage.APPEAL || d.status().name().startsWith("APPEAL_")) {
      throw RuleViolation.conflict("already-appealed", "This dispute was already appealed; a decision can be "
          + "appealed once.");
    }
    if (d.decision() == null || d.escalatedAt() == null) {
      throw RuleViolation.conflict("not-appealable", "Only a dispute decided in mediation can be appealed; this one "
          + "is " + d.status() + ".");
    }
    if (d.status() != DisputeStatus.RESOLVED || d.appealDueAt() == null || now.isAfter(d.appealDueAt())) {
      throw RuleViolation.conflict("appeal-window-closed", "The appeal window closed at " + d.appealDueAt()
          + "; the mediation decision is final.");
    }
    return d;
  }

  /** Filed: the buyer sees "appeal pending", the dispute process starts the appeal review. */
  public void appealFiled(UUID id, UUID appealId) {
    disputes.appealStage(id, DisputeStatus.APPEAL_PENDING, WaitingFor.COMMISSION);
    process.deliver(id, MESSAGE_APPEAL_FILED, java.util.Map.of("appealId", appealId.toString()));
  }

  /** A commissioner took it ("your appeal is being processed"), or gave it back to the queue. */
  public void appealInReview(UUID id, boolean inReview) {
    disputes.appealStage(id, inReview ? DisputeStatus.APPEAL_IN_REVIEW : DisputeStatus.APPEAL_PENDING,
        WaitingFor.COMMISSION);
  }

  /** A second review re-opens the appeal for a different commissioner. */
  public void appealReopened(UUID id) {
    disputes.appealStage(id, DisputeStatus.APPEAL_PENDING, WaitingFor.COMMISSION);
  }

  /** "Appeal processed": {@code APPEAL_UPHELD}, {@code APPEAL_OVERTURNED} or {@code APPEAL_WITHDRAWN}. */
  public void appealConcluded(UUID id, DisputeStatus result) {
    if (result != DisputeStatus.APPEAL_UPHELD && result != DisputeStatus.APPEAL_OVERTURNED
        && result != DisputeStatus.APPEAL_WITHDRAWN) {
      throw new IllegalArgumentException("not an appeal result: " + result);
    }
    disputes.appealStage(id, result, WaitingFor.NONE);
  }
}
