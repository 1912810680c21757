package com.disputedesk.notification;

import com.disputedesk.dispute.Dispute;
import com.disputedesk.dispute.DisputeAgreed;
import com.disputedesk.dispute.DisputeCancelled;
import com.disputedesk.dispute.DisputeEscalated;
import com.disputedesk.dispute.DisputeOpened;
import com.disputedesk.dispute.Disputes;
import com.disputedesk.mediation.DecisionRevised;
import com.disputedesk.mediation.DisputeDecided;
import com.disputedesk.mediation.EvidenceRequested;
import com.disputedesk.mediation.MediationSlaBreached;
import com.disputedesk.security.BackOfficeUsers;
import com.disputedesk.security.Roles;
import com.disputedesk.worklist.ClaimExpired;
import org.springframework.stereotype.Component;

/** Tells parties and staff what happened to a dispute. Each event's emails have stable dedup keys. */
@Component
class DisputeNotifications {
  private final Disputes disputes;
  private final Outbox outbox;
  private final PartyAddresses addresses;
  private final BackOfficeUsers staff;

  DisputeNotifications(Disputes disputes, Outbox outbox, PartyAddresses addresses, BackOfficeUsers staff) {
    this.disputes = disputes;
    this.outbox = outbox;
    this.addresses = addresses;
    this.staff = staff;
  }

  @StoredWithTheChange
  void on(DisputeOpened e) {
    Dispute d = disputes.get(e.disputeId());
    outbox.send("opened:" + d.id(), d.id(), addresses.seller(d), subject(d, "A buyer opened a dispute"),
        "The buyer opened a dispute about \"" + d.itemTitle() + "\" (reason: " + d.reason() + ").\n"
            + "They ask for: " + d.requested().type() + ".\n\nPlease accept, reject with a reason, or propose an "
            + "alternative before " + d.negotiationDueAt() + "; after that the dispute goes to a mediator.");
  }

  @StoredWithTheChange
  void on(DisputeEscalated e) {
    Dispute d = disputes.get(e.disputeId());
    String text = ("BUYER".equals(e.escalatedBy()) ? "The buyer escalated" : "Negotiation time ran out, so we escalated")
        + " the dispute about \"" + d.itemTitle() + "\" to a mediator. The mediator will weigh both sides' "
        + "evidence and decide by " + d.mediationDueAt() + ".";
    outbox.send("escalated:buyer:" + d.id(), d.id(), addresses.buyer(d), subject(d, "Your dispute is with a mediator"), text);
    outbox.send("escalated:seller:" + d.id(), d.id(), addresses.seller(d), subject(d, "A dispute is with a mediator"), text);
  }

  @StoredWithTheChange
  void on(EvidenceRequested e) {
    Dispute d = disputes.get(e.disputeId());
    String text = "The mediator asks for more evidence:\n\n" + e.message() + "\n\nPlease answer before " + e.dueAt()
        + ". After that the mediator decides with what is there.";
    if (e.fromBuyer()) {
      outbox.send("evidence:buyer:" + e.requestId(), d.id(), addresses.buyer(d), subject(d, "More evidence needed"), text);
    }
    if (e.fromSeller()) {
      outbox.send("evidence:seller:" + e.requestId(), d.id(), addresses.seller(d), subject(d, "More evidence needed"), text);
    }
  }

  @StoredWithTheChange
  void on(DisputeDecided e) {
    Dispute d = disputes.get(e.disputeId());
    String text = "The mediator decided the dispute about \"" + d.itemTitle() + "\": " + e.outcome()
        + (e.refund().signum() > 0 ? ", refund " + e.refund().toPlainString() + " " + e.currency() : "") + ".\n\n"
        + d.decision().explanation() + "\n\nThe buyer may appeal until " + d.appealDueAt() + ".";
    outbox.send("decided:buyer:" + e.decisionId(), d.id(), addresses.buyer(d), subject(d, "Decision on your dispute"), text);
    outbox.send("decided:seller:" + e.decisionId(), d.id(), addresses.seller(d), subject(d, "Decision on a dispute"), text);
  }

  @StoredWithTheChange
  void on(DecisionRevised e) {
    Dispute d = disputes.get(e.disputeId());
    String text = "The decision on the dispute about \"" + d.itemTitle() + "\" was revised after review by a second "
        + "mediator: " + e.outcome() + ", refund " + e.refund().toPlainString() + " " + e.currency()
        + " (previously " + e.previousRefund().toPlainString() + ").\n\n" + d.decision().explanation()
        + "\n\nThe buyer may appeal until " + d.appealDueAt() + ".";
    outbox.send("revised:buyer:" + e.decisionId(), d.id(), addresses.buyer(d), subject(d, "Decision revised"), text);
    outbox.send("revised:seller:" + e.decisionId(), d.id(), addresses.seller(d), subject(d, "Decision revised"), text);
  }

  @StoredWithTheChange
  void on(DisputeAgreed e) {
    Dispute d = disputes.get(e.disputeId());
    String text = "Buyer and seller agreed on " + e.agreed().type()
        + (e.refund().signum() > 0 ? " (refund " + e.refund().toPlainString() + " " + e.currency() + ")" : "")
        + ". The dispute is resolved.";
    outbox.send("agreed:buyer:" + d.id(), d.id(), addresses.buyer(d), subject(d, "Dispute resolved"), text);
    outbox.send("agreed:seller:" + d.id(), d.id(), addresses.seller(d), subject(d, "Dispute resolved"), text);
  }

  @StoredWithTheChange
  void on(DisputeCancelled e) {
    Dispute d = disputes.get(e.disputeId());
    outbox.send("cancelled:" + d.id(), d.id(), addresses.seller(d), subject(d, "The buyer cancelled the dispute"),
        "The buyer cancelled the dispute about \"" + d.itemTitle() + "\". It cannot be reopened.");
  }

  @StoredWithTheChange
  void on(MediationSlaBreached e) {
    Dispute d = disputes.get(e.disputeId());
    for (String reviewer : staff.emailsOf(Roles.QUALITY_REVIEWER)) {
      outbox.send("breach:" + d.id() + ":" + d.priority() + ":" + reviewer, d.id(), reviewer,
          "[SLA] Mediation overdue: order " + d.orderId(),
          "Dispute " + d.id() + " (order " + d.orderId() + ", " + d.moneyPaid().toPlainString() + " " + d.currency()
              + ") has no decision although it was due " + d.mediationDueAt() + ". Its priority was raised.");
    }
  }

  @StoredWithTheChange
  void on(ClaimExpired e) {
    staff.emailOf(e.holder()).ifPresent(email -> outbox.send("claim-expired:" + e.taskId() + ":" + e.holder(),
        e.caseId(), email, "Your claim expired: " + e.title(),
        "You claimed \"" + e.title() + "\" but did not work on it within the claim lease, so it went back to the "
            + "queue for another mediator. Claim it again if you are still on it."));
  }

  private static String subject(Dispute d, String what) {
    return what + " — order " + d.orderId();
  }
}
