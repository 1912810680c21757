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
        "The buyer opened a dispute about \"" + d.itemTitle() + "\" (reason: " + EmailText.label(d.reason()) + ").\n"
            + "They ask for: " + EmailText.label(d.requested().type()) + ".\n\nPlease accept, reject with a reason, or propose an "
            + "alternative before " + EmailText.when(d.negotiationDueAt()) + "; after that the dispute goes to a mediator.");
  }

  @StoredWithTheChange
  void on(DisputeEscalated e) {
    Dispute d = disputes.get(e.disputeId());
    String text = ("BUYER".equals(e.escalatedBy()) ? "The buyer escalated" : "Negotiation time ran out, so we escalated")
        + " the dispute about \"" + d.itemTitle() + "\" to a mediator. The mediator will weigh both sides' "
        + "evidence and decide by " + EmailText.when(d.mediationDueAt()) + ".";
    outbox.send("escalated:buyer:" + d.id(), d.id(), addresses.buyer(d), subject(d, "Your dispute is with a mediator"), text);
    outbox.send("escalated:seller:" + d.id(), d.id(), addresses.seller(d), subject(d, "A dispute is with a mediator"), text);
  }

  @StoredWithTheChange
  void on(EvidenceRequested e) {
    Dispute d = disputes.get(e.disputeId());
    String text = "The mediator asks for more evidence:\n\n" + e.message() + "\n\nPlease answer before " + EmailText.when(e.dueAt())
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
    String text = "The mediator decided the dispute about \"" + d.itemTitle() + "\": " + EmailText.label(e.outcome())
        + (e.refund().signum() > 0 ? ", refund " + EmailText.money(e.refund(), e.currency()) : "") + ".\n\n"
        + d.decision().explanation() + "\n\nThe buyer may appeal until " + EmailText.when(d.appealDueAt()) + ".";
    outbox.send("decided:buyer:" + e.decisionId(), d.id(), addresses.buyer(d), subject(d, "Decision on your dispute"), text);
    outbox.send("decided:seller:" + e.decisionId(), d.id(), addresses.seller(d), subject(d, "Decision on a dispute"), text);
  }

  @StoredWithTheChange
  void on(DecisionRevised e) {
    Dispute d = disputes.get(e.disputeId());
    String text = "The decision on the dispute about \"" + d.itemTitle() + "\" was revised after review by a second "
        + "mediator: " + EmailText.label(e.outcome()) + ", refund " + EmailText.money(e.refund(), e.currency())
        + " (previously " + EmailText.money(e.previousRefund(), e.currency()) + ").\n\n" + d.decision().explanation()
        + "\n\nThe buyer may appeal until " + EmailText.when(d.appealDueAt()) + ".";
    outbox.send("revised:buyer:" + e.decisionId(), d.id(), addresses.buyer(d), subject(d, "Decision revised"), text);
    outbox.send("revised:seller:" + e.decisionId(), d.id(), addresses.seller(d), subject(d, "Decision revised"), text);
  }

  @StoredWithTheChange
  void on(DisputeAgreed e) {
    Dispute d = disputes.get(e.disputeId());
    String text = "Buyer and seller agreed on " + e.agreed().type()
        + (e.refund().signum() > 0 ? " (refund " + EmailText.money(e.refund(), e.currency()) + ")" : "")
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
          "Dispute " + d.id() + " (order " + d.orderId() + ", " + EmailText.money(d.moneyPaid(), d.currency())
              + ") has no decision although it was due " + EmailText.when(d.mediationDueAt()) + ". Its priority was raised.");
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
