package com.disputedesk.notification;

import com.disputedesk.appeal.Appeal;
import com.disputedesk.appeal.AppealDecided;
import com.disputedesk.appeal.AppealFiled;
import com.disputedesk.appeal.AppealOutcome;
import com.disputedesk.appeal.AppealReviewBreached;
import com.disputedesk.appeal.AppealWithdrawn;
import com.disputedesk.appeal.Appeals;
import com.disputedesk.appeal.FeedbackReceived;
import com.disputedesk.coupon.CouponsIssued;
import com.disputedesk.dispute.Dispute;
import com.disputedesk.dispute.Disputes;
import com.disputedesk.security.BackOfficeUsers;
import com.disputedesk.security.Roles;
import org.springframework.stereotype.Component;

/** Tells the buyer what became of an appeal and its coupons, and the quality reviewers what needs them. */
@Component
class AppealNotifications {
  private final Disputes disputes;
  private final Appeals appeals;
  private final Outbox outbox;
  private final PartyAddresses addresses;
  private final BackOfficeUsers staff;

  AppealNotifications(Disputes disputes, Appeals appeals, Outbox outbox, PartyAddresses addresses,
      BackOfficeUsers staff) {
    this.disputes = disputes;
    this.appeals = appeals;
    this.outbox = outbox;
    this.addresses = addresses;
    this.staff = staff;
  }

  @StoredWithTheChange
  void on(AppealFiled e) {
    Dispute d = disputes.get(e.disputeId());
    Appeal a = appeals.find(e.appealId()).orElseThrow();
    outbox.send("appeal-filed:" + a.id(), d.id(), addresses.buyer(d), subject(d, "We received your appeal"),
        "Your appeal against the mediation decision about \"" + d.itemTitle() + "\" is pending. The appeal "
            + "commission reviews it by " + EmailText.when(a.reviewDueAt()) + ". You can withdraw it until a commissioner takes it up.");
  }

  @StoredWithTheChange
  void on(AppealWithdrawn e) {
    Dispute d = disputes.get(e.disputeId());
    outbox.send("appeal-withdrawn:" + e.appealId(), d.id(), addresses.buyer(d), subject(d, "Appeal withdrawn"),
        "You withdrew your appeal about \"" + d.itemTitle() + "\". The mediation decision stands.");
  }

  @StoredWithTheChange
  void on(AppealDecided e) {
    Dispute d = disputes.get(e.disputeId());
    Appeal a = appeals.find(e.appealId()).orElseThrow();
    String text = e.outcome() == AppealOutcome.OVERTURNED
        ? "Appeal processed: the commission overturned the mediation decision about \"" + d.itemTitle() + "\".\n\n"
            + a.explanation() + "\n\nYou are compensated with coupons worth " + EmailText.money(e.compensation(),
                e.currency()) + ", credited on " + EmailText.when(a.couponsDueAt()) + ". Until then you may choose how to split them "
            + "(for example 4 × 5.00 instead of 1 × 20.00)."
        : "Appeal processed: the commission upheld the mediation decision about \"" + d.itemTitle() + "\".\n\n"
            + a.explanation() + "\n\nIf you are unhappy with how your dispute was handled, you can send us feedback "
            + "on the dispute resolution service; a quality reviewer reads every review.";
    outbox.send("appeal-decided:" + a.id() + ":" + e.round(), d.id(), addresses.buyer(d),
        subject(d, "Appeal processed"), text);
  }

  @StoredWithTheChange
  void on(CouponsIssued e) {
    Dispute d = disputes.get(e.disputeId());
    outbox.send("coupons-issued:" + e.appealId(), d.id(), addresses.buyer(d), subject(d, "Your coupons are credited"),
        e.count() + " coupon(s) worth " + EmailText.money(e.total(), e.currency()) + " are now in your account.");
  }

  @StoredWithTheChange
  void on(AppealReviewBreached e) {
    Dispute d = disputes.get(e.disputeId());
    for (String reviewer : staff.emailsOf(Roles.QUALITY_REVIEWER)) {
      outbox.send("appeal-breach:" + e.appealId() + ":" + e.round() + ":" + reviewer, d.id(), reviewer,
          "[SLA] Appeal review overdue: order " + d.orderId(), "The appeal on dispute " + d.id() + " (order "
              + d.orderId() + ") has not been reviewed within appeal-review. It is now first in the commission's "
              + "queue and listed among your breaches.");
    }
  }

  @StoredWithTheChange
  void on(FeedbackReceived e) {
    Dispute d = disputes.get(e.disputeId());
    for (String reviewer : staff.emailsOf(Roles.QUALITY_REVIEWER)) {
      outbox.send("feedback:" + e.appealId() + ":" + e.round() + ":" + reviewer, d.id(), reviewer,
          "Feedback " + e.rating() + "/5 on an upheld appeal: order " + d.orderId(),
          "The buyer of dispute " + d.id() + " sent feedback on the service. It waits in your feedback queue.");
    }
  }

  private static String subject(Dispute d, String what) {
    return what + " — order " + d.orderId();
  }
}
