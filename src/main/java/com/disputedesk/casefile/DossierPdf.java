package com.disputedesk.casefile;

import com.disputedesk.appeal.Appeal;
import com.disputedesk.appeal.AppealReview;
import com.disputedesk.dispute.Dispute;
import com.disputedesk.dispute.Offer;
import com.disputedesk.mediation.DecisionVersion;
import com.disputedesk.mediation.EvidenceRequest;
import com.disputedesk.mediation.MediatorDesk;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The dossier's text, in English and UTC (a document handed to a court keeps one language and one clock): every
 * section of the case in the order a reader follows it, nothing summarised away.
 */
final class DossierPdf {
  private DossierPdf() {}

  static byte[] render(MediatorDesk.CaseFile file, List<DecisionVersion> decisions, Optional<Appeal> appeal,
      List<AppealReview> reviews, String exportedBy, Instant at) {
    Dispute d = file.dispute();
    try (PdfPages pdf = new PdfPages("DisputeDesk case file " + d.id() + " · order " + d.orderId())) {
      pdf.title("Case file: dispute on order " + d.orderId());
      pdf.field("Dispute", d.id().toString());
      pdf.field("Status", d.status().name());
      pdf.field("Exported", time(at) + " by " + exportedBy);

      pdf.heading("Order");
      pdf.field("Order", d.orderId());
      pdf.field("Store", d.storeName() + " (seller " + d.sellerId() + ")");
      pdf.field("Buyer", d.buyerId());
      pdf.field("Item", d.itemTitle());
      pdf.field("Total paid", money(d.totalPaid(), d.currency()) + ", of which with coupons "
          + money(d.couponPaid(), d.currency()));
      pdf.field("Tracking number", d.trackingNumber());
      pdf.field("Receipt confirmed", time(d.receiptConfirmedAt()));
      pdf.field("Buyer protection ends", time(d.protectionEndsAt()));

      pdf.heading("Buyer's statement");
      pdf.field("Reason", d.reason().name() + (d.goodsReceived() ? ", goods received" : ", goods not received"));
      pdf.field("Asks for", d.requested().type().name()
          + (d.requested().amount() == null ? "" : " " + money(d.requested().amount(), d.currency())));
      pdf.line(d.description());
      pdf.field("Opened", time(d.openedAt()));

      pdf.heading("Negotiation");
      if (file.negotiation().isEmpty()) {
        pdf.line("No offers were made.");
      }
      for (Offer o : file.negotiation()) {
        pdf.line(time(o.at()) + " · " + o.party() + " · " + o.action()
            + (o.outcome() == null ? "" : " · " + o.outcome().type()
                + (o.outcome().amount() == null ? "" : " " + money(o.outcome().amount(), d.currency())))
            + (o.message() == null ? "" : " — " + o.message()));
      }
      pdf.field("Escalated", d.escalatedAt() == null ? null : time(d.escalatedAt()) + " by " + d.escalatedBy());

      pdf.heading("Evidence requests");
      if (file.evidenceRequests().isEmpty()) {
        pdf.line("None.");
      }
      for (EvidenceRequest r : file.evidenceRequests()) {
        pdf.line(time(r.createdAt()) + " · " + r.mediatorId() + " asked (" + r.status() + "): " + r.message());
        if (r.buyerAnswer() != null) {
          pdf.line("  Buyer, " + time(r.buyerAnsweredAt()) + ": " + r.buyerAnswer());
        }
        if (r.sellerAnswer() != null) {
          pdf.line("  Seller, " + time(r.sellerAnsweredAt()) + ": " + r.sellerAnswer());
        }
      }

      pdf.heading("Decisions (every version)");
      if (decisions.isEmpty()) {
        pdf.line("No mediator decided this dispute.");
      }
      for (DecisionVersion v : decisions) {
        pdf.line("Version " + v.revision() + " · " + time(v.decidedAt()) + " · " + v.mediatorId() + " · "
            + v.outcome() + " · refund " + money(v.amount(), v.currency()) + " · reason " + v.reason());
        pdf.line("  " + v.explanation());
      }

      pdf.heading("Appeal");
      appeal.ifPresentOrElse(a -> {
        pdf.field("Filed", time(a.filedAt()) + " by " + a.buyerId() + " · status " + a.status());
        pdf.line(a.description());
        for (AppealReview r : reviews) {
          pdf.line("Round " + r.round() + " · " + time(r.decidedAt()) + " · " + r.commissionerId() + " · "
              + r.outcome() + (r.compensation() == null ? "" : " · compensation " + money(r.compensation(),
                  a.currency())));
          pdf.line("  " + r.explanation());
        }
      }, () -> pdf.line("No appeal was filed."));

      DossierSections.evidence(pdf, file.evidence());
      DossierSections.timeline(pdf, file.timeline());
      return pdf.finish();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String time(Instant i) {
    return DossierSections.time(i);
  }

  private static String money(BigDecimal amount, String currency) {
    return DossierSections.money(amount, currency);
  }
}
