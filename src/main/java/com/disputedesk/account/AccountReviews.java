package com.disputedesk.account;

import com.disputedesk.common.EnglishText;
import com.disputedesk.sla.SlaPolicies;
import com.disputedesk.timeline.CaseTimeline;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens account reviews: a mediator's fraud flag (reviewed; the account stays active), or a suspension sanction (the
 * account is suspended and the review waits for the party's reactivation appeal). One open review per party.
 */
@Service
public class AccountReviews {
  static final String REVIEW_POLICY = "account-review";
  private final AccountRepository accounts;
  private final AccountProcess process;
  private final SlaPolicies policies;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AccountReviews(AccountRepository accounts, AccountProcess process, SlaPolicies policies, CaseTimeline timeline,
      ApplicationEventPublisher events, Clock clock) {
    this.accounts = accounts;
    this.process = process;
    this.policies = policies;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  /** A mediator suspects fraud in a dispute: a reviewer looks at the account. Nothing is blocked. */
  @Transactional
  public AccountReview flagFraud(String partyId, UUID disputeId, String mediator, String reason) {
    String why = EnglishText.require("reason", reason, 2000);
    Optional<AccountReview> open = accounts.lockOpenOf(partyId);
    if (open.isPresent()) {
      timeline.record(open.get().id(), "FRAUD_FLAGGED", mediator, "MEDIATOR", "Flagged again from dispute " + disputeId
          + ": " + why, Map.of("disputeId", disputeId.toString()));
      return open.get();
    }
    Instant now = clock.instant();
    AccountReview review = new AccountReview(UUID.randomUUID(), partyId, AccountReview.Trigger.FRAUD_FLAG, "DISPUTE",
        disputeId, mediator, why, AccountReview.Status.UNDER_REVIEW, now, now, policies.dueFrom(REVIEW_POLICY, now), 0,
        null, List.of(), null, null, null, null);
    return open(review, "FRAUD_FLAGGED", "MEDIATOR", "A mediator flagged the account for suspected fraud: " + why);
  }

  /** A complaint upheld with suspension: the account is suspended until a reactivation appeal succeeds. */
  @Transactional
  public AccountReview suspend(String partyId, UUID complaintCaseId, String reviewer, String reason) {
    return restrict(partyId, complaintCaseId, reviewer, reason, Standing.Status.SUSPENDED);
  }

  /** Membership cancelled after a notice and a second response period; a reactivation appeal is still possible. */
  @Transactional
  public AccountReview cancelMembership(String partyId, UUID complaintCaseId, String reviewer, String reason) {
    return restrict(partyId, complaintCaseId, reviewer, reason, Standing.Status.CANCELLED);
  }

  public Standing standing(String partyId) {
    return accounts.standing(partyId);
  }

  public List<AccountReview> of(String partyId) {
    return accounts.of(partyId);
  }

  public Optional<AccountReview> find(UUID reviewId) {
    return accounts.find(reviewId);
  }

  private AccountReview restrict(String partyId, UUID complaintCaseId, String reviewer, String reason,
      Standing.Status status) {
    Instant now = clock.instant();
    accounts.setStanding(partyId, status, now, reason, complaintCaseId);
    Optional<AccountReview> open = accounts.lockOpenOf(partyId);
    AccountReview review = open.orElseGet(() -> open(new AccountReview(UUID.randomUUID(), partyId,
        AccountReview.Trigger.SUSPENSION, "COMPLAINT", complaintCaseId, reviewer, reason,
        AccountReview.Status.AWAITING_APPEAL, now, null, null, 0, null, List.of(), null, null, null, null),
        status.name(), "COMPLAINT_REVIEWER", "Account " + status.name().toLowerCase() + " after a complaint: " + reason));
    if (open.isPresent()) {
      timeline.record(review.id(), status.name(), reviewer, "COMPLAINT_REVIEWER", "Account " + status.name()
          .toLowerCase() + " after a complaint: " + reason, Map.of("complaintCaseId", complaintCaseId.toString()));
    }
    events.publishEvent(new AccountSuspended(partyId, review.id(), status == Standing.Status.CANCELLED));
    return review;
  }

  private AccountReview open(AccountReview review, String type, String role, String summary) {
    accounts.open(review);
    timeline.record(review.id(), type, review.openedBy(), role, summary, Map.of("partyId", review.partyId(),
        "sourceId", review.sourceId().toString()));
    process.start(review.id(), review.trigger());
    process.reviewDue(review.id()).ifPresent(due -> accounts.reviewDue(review.id(), due));
    return accounts.find(review.id()).orElseThrow();
  }
}
