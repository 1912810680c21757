package com.disputedesk.complaint;

import com.disputedesk.account.AccountReviews;
import com.disputedesk.common.EnglishText;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.RuleViolation;
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
 * A complaint reviewer decides a case once for all its reports: dismissed, or upheld with a sanction. Membership
 * cancellation needs a notice first: {@link #noticeCancellation} gives the accused a second response period.
 */
@Service
public class ComplaintDecisions {
  private final ComplaintRepository complaints;
  private final ComplaintProcess process;
  private final AccountReviews accounts;
  private final SlaPolicies policies;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ComplaintDecisions(ComplaintRepository complaints, ComplaintProcess process, AccountReviews accounts,
      SlaPolicies policies, CaseTimeline timeline, ApplicationEventPublisher events, Clock clock) {
    this.complaints = complaints;
    this.process = process;
    this.accounts = accounts;
    this.policies = policies;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public ComplaintCase dismiss(UUID caseId, String reviewer, String reason) {
    return resolve(caseId, reviewer, "DISMISSED", null, reason);
  }

  @Transactional
  public ComplaintCase uphold(UUID caseId, String reviewer, Sanction sanction, String reason) {
    if (sanction == null) {
      throw new InvalidInput("sanction", "choose a warning, listing removal, account suspension or cancellation");
    }
    return resolve(caseId, reviewer, "UPHELD", sanction, reason);
  }

  /** Warns the accused that membership cancellation is considered and opens a second response period. */
  @Transactional
  public ComplaintCase noticeCancellation(UUID caseId, String reviewer, String reason) {
    ComplaintCase c = processing(caseId);
    if (c.noticeSentAt() != null) {
      throw RuleViolation.conflict("notice-sent", "A cancellation notice was already sent on " + c.noticeSentAt() + ".");
    }
    WorkItem task = process.heldBy(caseId, reviewer);
    String text = EnglishText.require("reason", reason, 4000);
    Instant now = clock.instant();
    complaints.noticeSent(caseId, now, policies.dueFrom(ComplaintFiling.RESPONSE_POLICY, now));
    timeline.record(caseId, "CANCELLATION_NOTICE", reviewer, "COMPLAINT_REVIEWER", "Notice of membership "
        + "cancellation: " + text, Map.of());
    process.complete(task, "CANCELLATION_NOTICE");
    process.responseDue(caseId).ifPresent(due -> complaints.responseDue(caseId, due));
    events.publishEvent(new CancellationNoticeSent(caseId));
    return complaints.findCase(caseId).orElseThrow();
  }

  private ComplaintCase resolve(UUID caseId, String reviewer, String outcome, Sanction sanction, String reason) {
    ComplaintCase c = processing(caseId);
    if (sanction == Sanction.MEMBERSHIP_CANCELLATION && c.noticeSentAt() == null) {
      throw RuleViolation.conflict("notice-first", "Membership cancellation needs a prior notice and a second "
          + "response period; send the notice first.");
    }
    WorkItem task = process.heldBy(caseId, reviewer);
    String text = EnglishText.require("reason", reason, 4000);
    Instant now = clock.instant();
    complaints.resolve(caseId, outcome, sanction, text, reviewer, now);
    if (sanction == Sanction.ACCOUNT_SUSPENSION) {
      accounts.suspend(c.accusedId(), caseId, reviewer, text);
    } else if (sanction == Sanction.MEMBERSHIP_CANCELLATION) {
      accounts.cancelMembership(c.accusedId(), caseId, reviewer, text);
    }
    timeline.record(caseId, "COMPLAINT_RESOLVED", reviewer, "COMPLAINT_REVIEWER", outcome
        + (sanction == null ? "" : " with " + sanction) + ": " + text, Map.of("outcome", outcome));
    process.complete(task, "RESOLVED");
    events.publishEvent(new ComplaintResolved(caseId, outcome, sanction));
    return complaints.findCase(caseId).orElseThrow();
  }

  private ComplaintCase processing(UUID caseId) {
    ComplaintCase c = complaints.lockCase(caseId)
        .orElseThrow(() -> RuleViolation.conflict("no-case", "There is no such complaint case."));
    if (c.status() != ComplaintCase.Status.PROCESSING) {
      throw RuleViolation.conflict("not-processing", "This complaint is " + c.status().text() + ".");
    }
    return c;
  }
}
