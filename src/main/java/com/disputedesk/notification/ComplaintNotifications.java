package com.disputedesk.notification;

import com.disputedesk.account.AccountReview;
import com.disputedesk.account.AccountReviewBreached;
import com.disputedesk.account.AccountReviewDecided;
import com.disputedesk.account.AccountReviews;
import com.disputedesk.account.AccountSuspended;
import com.disputedesk.complaint.CancellationNoticeSent;
import com.disputedesk.complaint.Complaint;
import com.disputedesk.complaint.ComplaintCase;
import com.disputedesk.complaint.ComplaintFiled;
import com.disputedesk.complaint.ComplaintResolved;
import com.disputedesk.complaint.Complaints;
import com.disputedesk.security.BackOfficeUsers;
import com.disputedesk.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Tells the accused what they are accused of and what was decided, reporters the outcome, parties their standing,
 * and quality reviewers an overdue account review.
 */
@Component
class ComplaintNotifications {
  private final Complaints complaints;
  private final AccountReviews accounts;
  private final Outbox outbox;
  private final PartyAddresses addresses;
  private final BackOfficeUsers staff;

  ComplaintNotifications(Complaints complaints, AccountReviews accounts, Outbox outbox, PartyAddresses addresses,
      BackOfficeUsers staff) {
    this.complaints = complaints;
    this.accounts = accounts;
    this.outbox = outbox;
    this.addresses = addresses;
    this.staff = staff;
  }

  @StoredWithTheChange
  void on(ComplaintFiled e) {
    if (!e.newCase()) {
      return; // the accused was already asked to answer about this listing
    }
    ComplaintCase c = complaints.findCase(e.caseId()).orElseThrow();
    Complaint first = complaints.reportsOf(c.id()).get(0);
    outbox.send("complaint-filed:" + c.id(), c.id(), addresses.of(c.accusedId()), "A complaint about your listing",
        "A complaint (" + first.type() + (first.subReason() == null ? "" : ", " + first.subReason()) + ") was filed "
            + "about " + c.productUrl() + ".\n\nPlease answer with a message and evidence before " + EmailText.when(c.responseDueAt())
            + " (complaint " + first.id() + "). Without an answer a reviewer decides on the reports alone.");
  }

  @StoredWithTheChange
  void on(CancellationNoticeSent e) {
    ComplaintCase c = complaints.findCase(e.caseId()).orElseThrow();
    outbox.send("complaint-notice:" + c.id(), c.id(), addresses.of(c.accusedId()),
        "Notice: your membership may be cancelled", "After the complaints about " + c.productUrl() + ", cancelling "
            + "your membership is being considered. You may answer once more, with evidence, before "
            + EmailText.when(c.responseDueAt()) + ".");
  }

  @StoredWithTheChange
  void on(ComplaintResolved e) {
    ComplaintCase c = complaints.findCase(e.caseId()).orElseThrow();
    String result = "UPHELD".equals(e.outcome()) ? "upheld (" + EmailText.label(e.sanction()) + ")" : "dismissed";
    outbox.send("complaint-resolved:accused:" + c.id(), c.id(), addresses.of(c.accusedId()),
        "Complaint decided: " + result, "The complaint about " + c.productUrl() + " was " + result + ".\n\n"
            + c.decisionReason());
    for (Complaint report : complaints.reportsOf(c.id())) {
      outbox.send("complaint-resolved:reporter:" + report.id(), c.id(), addresses.of(report.reporterId()),
          "Your complaint was decided", "Your complaint about " + c.productUrl() + " was " + result + ".");
    }
  }

  @StoredWithTheChange
  void on(AccountSuspended e) {
    AccountReview r = accounts.find(e.reviewId()).orElseThrow();
    String what = e.cancelled() ? "cancelled" : "suspended";
    outbox.send("account-" + what + ":" + e.reviewId() + ":" + r.status(), e.reviewId(), addresses.of(e.partyId()),
        "Your account was " + what, "Your account was " + what + ". Reason: " + accounts.standing(e.partyId()).reason()
            + "\n\nYou may file a reactivation appeal with evidence (postal opening report, customs act, tracking). "
            + "You can still appeal decisions on your disputes meanwhile.");
  }

  @StoredWithTheChange
  void on(AccountReviewDecided e) {
    AccountReview r = accounts.find(e.reviewId()).orElseThrow();
    String subject = switch (e.status()) {
      case REINSTATED -> "Your account is active again";
      case SUSPENSION_UPHELD -> "Your reactivation appeal was not granted";
      default -> "The review of your account is closed";
    };
    outbox.send("account-decided:" + e.reviewId() + ":" + e.status(), e.reviewId(), addresses.of(e.partyId()),
        subject, subject + ".\n\nReasons: " + r.decisionReasons());
  }

  @StoredWithTheChange
  void on(AccountReviewBreached e) {
    for (String reviewer : staff.emailsOf(Roles.QUALITY_REVIEWER)) {
      outbox.send("account-review-breach:" + e.reviewId() + ":" + e.priority() + ":" + reviewer, e.reviewId(),
          reviewer, "[SLA] Account review overdue: " + e.partyId(), "The review " + e.reviewId() + " of the account "
              + e.partyId() + " is not decided within account-review. It is now first in the complaint reviewers' "
              + "queue and listed among the breaches.");
    }
  }
}
