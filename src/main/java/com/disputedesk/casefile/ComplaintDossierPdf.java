package com.disputedesk.casefile;

import static com.disputedesk.casefile.DossierSections.time;

import com.disputedesk.complaint.Complaint;
import com.disputedesk.complaint.ComplaintCase;
import com.disputedesk.complaint.ComplaintDesk;
import com.disputedesk.complaint.ComplaintResponse;
import java.time.Instant;

/** A complaint case's dossier, like a dispute's: the listing, every report, every answer, the decision, the record. */
final class ComplaintDossierPdf {
  private ComplaintDossierPdf() {}

  static byte[] render(ComplaintDesk.ComplaintFile file, String exportedBy, Instant at) {
    ComplaintCase c = file.complaintCase();
    try (PdfPages pdf = new PdfPages("DisputeDesk case file " + c.id() + " · complaint about " + c.accusedId())) {
      pdf.title("Case file: complaint about seller " + c.accusedId());
      pdf.field("Complaint case", c.id().toString());
      pdf.field("Status", c.status().name());
      pdf.field("Exported", time(at) + " by " + exportedBy);
      pdf.field("Listing", c.productUrl());
      pdf.field("Accused seller", c.accusedId());
      pdf.field("Opened", time(c.openedAt()));
      pdf.field("Response due", time(c.responseDueAt()) + (c.noResponse() ? " (no response came)" : ""));

      pdf.heading("Reports (" + file.reports().size() + ")");
      for (Complaint r : file.reports()) {
        pdf.line(time(r.filedAt()) + " · " + r.reporterId() + " · " + r.type()
            + (r.subReason() == null ? "" : " / " + r.subReason()));
        pdf.line("  " + r.description());
      }

      pdf.heading("The seller's answers");
      if (file.answers().isEmpty()) {
        pdf.line("The seller did not answer.");
      }
      for (ComplaintResponse a : file.answers()) {
        pdf.line("Round " + a.round() + " · " + time(a.answeredAt()) + " · " + a.responderId() + " · "
            + a.evidenceIds().size() + " files");
        pdf.line("  " + a.message());
      }

      pdf.heading("Decision");
      if (c.decidedAt() == null) {
        pdf.line("Not decided yet.");
      } else {
        pdf.field("Decided", time(c.decidedAt()) + " by " + c.decidedBy());
        pdf.field("Outcome", c.outcome() + (c.sanction() == null ? "" : ", sanction " + c.sanction()));
        pdf.line(c.decisionReason());
      }
      DossierSections.evidence(pdf, file.evidence());
      DossierSections.timeline(pdf, file.timeline());
      return pdf.finish();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
