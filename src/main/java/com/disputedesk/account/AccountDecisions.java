package com.disputedesk.account;

import com.disputedesk.common.EnglishText;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.timeline.CaseTimeline;
import com.disputedesk.worklist.WorkItem;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A reviewer decides a fraud flag (cleared or suspended) or a reactivation appeal (reinstated or upheld). */
@Service
public class AccountDecisions {
  private final AccountRepository accounts;
  private final AccountProcess process;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AccountDecisions(AccountRepository accounts, AccountProcess process, CaseTimeline timeline,
      ApplicationEventPublisher events, Clock clock) {
    this.accounts = accounts;
    this.process = process;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  /**
   * {@code suspend}: the flag is founded; the account is suspended and may appeal. Otherwise the flag is cleared, and
   * so is the review, unless a complaint suspended the party meanwhile: then it waits for the reactivation appeal.
   */
  @Transactional
  public AccountReview decideFraudFlag(UUID reviewId, String reviewer, boolean suspend, String reasons) {
    AccountReview r = locked(reviewId, AccountReview.Status.UNDER_REVIEW);
    WorkItem task = process.heldBy(reviewId, AccountProcess.TASK_FRAUD, reviewer);
    String why = EnglishText.require("reasons", reasons, 4000);
    Instant now = clock.instant();
    // a complaint may have suspended the party while the flag was under review (it joined this review): clearing
    // the flag leaves that suspension standing, and the review waits for the party's reactivation appeal
    boolean suspendedMeanwhile = !suspend && accounts.standing(r.partyId()).status() != Standing.Status.ACTIVE;
    boolean awaitsAppeal = suspend || suspendedMeanwhile;
    AccountReview.Status status = awaitsAppeal ? AccountReview.Status.AWAITING_APPEAL : AccountReview.Status.CLEARED;
    accounts.decide(reviewId, status, reviewer, why, now);
    if (suspend) {
      accounts.setStanding(r.partyId(), Standing.Status.SUSPENDED, now, why, reviewId);
    }
    timeline.record(reviewId, suspend ? "SUSPENDED" : "CLEARED", reviewer, "COMPLAINT_REVIEWER",
        (suspend ? "Suspended: " : "Cleared: ") + why + (suspendedMeanwhile ? " The suspension after a complaint "
            + "stands; the party may appeal for reactivation." : ""), Map.of());
    process.complete(task, awaitsAppeal ? "SUSPENDED" : "CLEARED");
    if (suspend) {
      events.publishEvent(new AccountSuspended(r.partyId(), reviewId, false));
    } else if (!suspendedMeanwhile) { // the party was told of the complaint's suspension and how to appeal it
      events.publishEvent(new AccountReviewDecided(reviewId, r.partyId(), status));
    }
    return accounts.find(reviewId).orElseThrow();
  }

  /** {@code reinstate}: the evidence convinces; the account is active again. Otherwise the suspension stands. */
  @Transactional
  public AccountReview decideReactivation(UUID reviewId, String reviewer, boolean reinstate, String reasons) {
    AccountReview r = locked(reviewId, AccountReview.Status.APPEAL_PENDING);
    WorkItem task = process.heldBy(reviewId, AccountProcess.TASK_REACTIVATION, reviewer);
    String why = EnglishText.require("reasons", reasons, 4000);
    Instant now = clock.instant();
    AccountReview.Status status = reinstate ? AccountReview.Status.REINSTATED
        : AccountReview.Status.SUSPENSION_UPHELD;
    accounts.decide(reviewId, status, reviewer, why, now);
    if (reinstate) {
      accounts.setStanding(r.partyId(), Standing.Status.ACTIVE, now, why, reviewId);
    }
    timeline.record(reviewId, status.name(), reviewer, "COMPLAINT_REVIEWER", status + ": " + why, Map.of());
    process.complete(task, status.name());
    events.publishEvent(new AccountReviewDecided(reviewId, r.partyId(), status));
    return accounts.find(reviewId).orElseThrow();
  }

  private AccountReview locked(UUID reviewId, AccountReview.Status expected) {
    AccountReview r = accounts.lock(reviewId)
        .orElseThrow(() -> RuleViolation.conflict("no-review", "There is no such account review."));
    if (r.status() != expected) {
      throw RuleViolation.conflict("wrong-stage", "This review is " + r.status() + ", not " + expected + ".");
    }
    return r;
  }
}
