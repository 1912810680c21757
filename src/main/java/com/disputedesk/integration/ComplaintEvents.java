package com.disputedesk.integration;

import com.disputedesk.account.AccountReview;
import com.disputedesk.account.AccountReviewDecided;
import com.disputedesk.account.AccountReviews;
import com.disputedesk.account.AccountSuspended;
import com.disputedesk.complaint.CancellationNoticeSent;
import com.disputedesk.complaint.Complaint;
import com.disputedesk.complaint.ComplaintCase;
import com.disputedesk.complaint.ComplaintFiled;
import com.disputedesk.complaint.ComplaintResolved;
import com.disputedesk.complaint.Complaints;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Complaints, the sanctions they bring and the account suspensions and reinstatements, as integration events. */
@Component
class ComplaintEvents {
  private static final String NOTICE = "MEMBERSHIP_CANCELLATION_NOTICE";
  private final EventLog log;
  private final Complaints complaints;
  private final AccountReviews accounts;

  ComplaintEvents(EventLog log, Complaints complaints, AccountReviews accounts) {
    this.log = log;
    this.complaints = complaints;
    this.accounts = accounts;
  }

  @EventListener
  void on(ComplaintFiled e) {
    ComplaintCase c = complaints.findCase(e.caseId()).orElseThrow();
    Complaint report = complaints.reportsOf(e.caseId()).stream().filter(r -> r.id().equals(e.complaintId()))
        .findFirst().orElseThrow();
    log.append(EventType.COMPLAINT_FILED, c.id(), new ComplaintEventData.ComplaintFiled(c.id(), report.id(),
        c.listingKey(), c.productUrl(), c.accusedId(), report.reporterId(), report.type().name(),
        report.subReason(), e.newCase(), c.responseDueAt()));
  }

  @EventListener
  void on(ComplaintResolved e) {
    ComplaintCase c = complaints.findCase(e.caseId()).orElseThrow();
    String sanction = e.sanction() == null ? null : e.sanction().name();
    log.append(EventType.COMPLAINT_RESOLVED, c.id(), new ComplaintEventData.ComplaintResolved(c.id(),
        c.listingKey(), c.accusedId(), e.outcome(), sanction, c.decisionReason()));
    if (sanction != null) {
      sanction(c, sanction);
    }
  }

  @EventListener
  void on(CancellationNoticeSent e) {
    sanction(complaints.findCase(e.caseId()).orElseThrow(), NOTICE);
  }

  @EventListener
  void on(AccountSuspended e) {
    AccountReview r = accounts.find(e.reviewId()).orElseThrow();
    String reason = r.decisionReasons() != null ? r.decisionReasons() : accounts.standing(e.partyId()).reason();
    log.append(EventType.ACCOUNT_SUSPENDED, r.id(), new ComplaintEventData.AccountSuspended(r.id(), e.partyId(),
        e.cancelled(), reason));
  }

  @EventListener
  void on(AccountReviewDecided e) {
    if (e.status() == AccountReview.Status.REINSTATED) {
      AccountReview r = accounts.find(e.reviewId()).orElseThrow();
      log.append(EventType.ACCOUNT_REINSTATED, r.id(), new ComplaintEventData.AccountReinstated(r.id(),
          e.partyId(), r.decisionReasons()));
    }
  }

  private void sanction(ComplaintCase c, String sanction) {
    log.append(EventType.SANCTION_APPLIED, c.id(), new ComplaintEventData.SanctionApplied(c.id(), c.accusedId(),
        c.listingKey(), c.productUrl(), sanction, NOTICE.equals(sanction) ? null : c.decisionReason()));
  }
}
