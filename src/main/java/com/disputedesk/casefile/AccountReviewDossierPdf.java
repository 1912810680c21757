package com.disputedesk.casefile;

import static com.disputedesk.casefile.DossierSections.time;

import com.disputedesk.account.AccountDesk;
import com.disputedesk.account.AccountReview;
import java.time.Instant;

/** An account review's dossier: why it was opened, the party's appeal, the decision, the evidence and the timeline. */
final class AccountReviewDossierPdf {
  private AccountReviewDossierPdf() {}

  static byte[] render(AccountDesk.ReviewFile file, String exportedBy, Instant at) {
    AccountReview r = file.review();
    try (PdfPages pdf = new PdfPages("DisputeDesk case file " + r.id() + " · account review of " + r.partyId())) {
      pdf.title("Case file: account review of " + r.partyId());
      pdf.field("Account review", r.id().toString());
      pdf.field("Status", r.status().name());
      pdf.field("Exported", time(at) + " by " + exportedBy);
      pdf.field("Party", r.partyId() + " · standing " + file.standing().status()
          + (file.standing().changedAt() == null ? "" : " since " + time(file.standing().changedAt())));

      pdf.heading("Why it was opened");
      pdf.field("Trigger", r.trigger().name() + (r.sourceKind() == null ? "" : " · from " + r.sourceKind() + " "
          + r.sourceId()));
      pdf.field("Opened", time(r.openedAt()) + " by " + r.openedBy());
      pdf.line(r.openedReason());

      pdf.heading("The party's appeal");
      if (r.appealFiledAt() == null) {
        pdf.line("No appeal was filed.");
      } else {
        pdf.field("Filed", time(r.appealFiledAt()) + " · " + r.appealEvidence().size() + " files");
        pdf.line(r.appealMessage());
      }

      pdf.heading("Decision");
      if (r.decidedAt() == null) {
        pdf.line("Not decided yet.");
      } else {
        pdf.field("Decided", time(r.decidedAt()) + " by " + r.decidedBy() + " · " + r.status());
        pdf.line(r.decisionReasons());
      }
      DossierSections.evidence(pdf, file.evidence());
      DossierSections.timeline(pdf, file.timeline());
      return pdf.finish();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
