package com.disputedesk.casefile;

import com.disputedesk.appeal.Appeal;
import com.disputedesk.appeal.Appeals;
import com.disputedesk.evidence.EvidenceItem;
import com.disputedesk.evidence.EvidenceStore;
import com.disputedesk.mediation.MediatorDesk;
import com.disputedesk.security.AccessAudit;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exports a dispute's case file: the PDF dossier and the evidence ZIP, each export in the access audit. */
@Service
public class CaseFiles {
  private final MediatorDesk desk;
  private final com.disputedesk.complaint.ComplaintDesk complaints;
  private final com.disputedesk.account.AccountDesk accounts;
  private final Appeals appeals;
  private final EvidenceStore evidence;
  private final AccessAudit audit;
  private final Clock clock;

  CaseFiles(MediatorDesk desk, com.disputedesk.complaint.ComplaintDesk complaints,
      com.disputedesk.account.AccountDesk accounts, Appeals appeals, EvidenceStore evidence, AccessAudit audit,
      Clock clock) {
    this.desk = desk;
    this.complaints = complaints;
    this.accounts = accounts;
    this.appeals = appeals;
    this.evidence = evidence;
    this.audit = audit;
    this.clock = clock;
  }

  /** The dossier, as a file name and its bytes; the audit entry names the document's own SHA-256. */
  @Transactional
  public Export dossier(UUID disputeId, String user) {
    MediatorDesk.CaseFile file = desk.open(disputeId);
    Optional<Appeal> appeal = appeals.ofDispute(disputeId);
    byte[] pdf = DossierPdf.render(file, desk.decisionVersions(disputeId), appeal,
        appeal.map(a -> appeals.reviews(a.id())).orElse(List.of()), user, clock.instant());
    audit.record(user, AccessAudit.Action.CASE_FILE_EXPORTED, disputeId.toString(), null, "sha256:" + sha256(pdf));
    return new Export("case-file-" + safe(file.dispute().orderId()) + ".pdf", pdf);
  }

  /** A complaint case's dossier: the listing, every report and answer, the decision, evidence and timeline. */
  @Transactional
  public Export complaintDossier(UUID caseId, String user) {
    var file = complaints.open(caseId);
    return audited(caseId, user, "case-file-complaint-" + safe(file.complaintCase().accusedId()) + ".pdf",
        ComplaintDossierPdf.render(file, user, clock.instant()));
  }

  /** An account review's dossier: why it was opened, the appeal, the decision, evidence and timeline. */
  @Transactional
  public Export accountReviewDossier(UUID reviewId, String user) {
    var file = accounts.open(reviewId);
    return audited(reviewId, user, "case-file-account-review-" + safe(file.review().partyId()) + ".pdf",
        AccountReviewDossierPdf.render(file, user, clock.instant()));
  }

  private Export audited(UUID caseId, String user, String filename, byte[] pdf) {
    audit.record(user, AccessAudit.Action.CASE_FILE_EXPORTED, caseId.toString(), null, "sha256:" + sha256(pdf));
    return new Export(filename, pdf);
  }

  /** Records the export and names the ZIP; {@link #writeEvidence} then streams it (files are never held whole). */
  @Transactional
  public String evidenceExport(UUID disputeId, String user) {
    return evidenceExport(disputeId, user, "evidence-" + safe(desk.open(disputeId).dispute().orderId()) + ".zip");
  }

  /** The same for a complaint case or an account review, whose evidence is kept under its own id. */
  @Transactional
  public String evidenceExport(UUID caseId, String user, String filename) {
    audit.record(user, AccessAudit.Action.EVIDENCE_EXPORTED, caseId.toString(), null,
        evidence.ofCase(caseId).size() + " files");
    return filename;
  }

  /** Every evidence file named by its SHA-256 (with its extension), and a manifest saying what each one is. */
  @Transactional(readOnly = true)
  public void writeEvidence(UUID disputeId, OutputStream out) throws IOException {
    List<EvidenceItem> items = evidence.ofCase(disputeId);
    ZipOutputStream zip = new ZipOutputStream(out);
    StringBuilder manifest = new StringBuilder("sha256,size,content_type,party,kind,uploaded_at,filename\n");
    for (EvidenceItem e : items) {
      String name = e.sha256() + extension(e.filename());
      manifest.append(String.join(",", e.sha256(), Long.toString(e.size()), e.contentType(), e.party(),
          e.kind().name(), e.uploadedAt().toString(), csv(e.filename()))).append('\n');
      zip.putNextEntry(new ZipEntry(name));
      try (InputStream in = evidence.open(e, 0, e.size())) {
        in.transferTo(zip);
      }
      zip.closeEntry();
    }
    zip.putNextEntry(new ZipEntry("manifest.csv"));
    zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    zip.finish();
  }

  public record Export(String filename, byte[] content) {}

  private static String extension(String filename) {
    if (filename == null || filename.lastIndexOf('.') < 0) {
      return "";
    }
    String ext = filename.substring(filename.lastIndexOf('.')).toLowerCase();
    return ext.matches("\\.[a-z0-9]{1,8}") ? ext : "";
  }

  private static String csv(String s) {
    return s == null ? "" : "\"" + s.replace("\"", "\"\"") + "\"";
  }

  private static String safe(String s) {
    return s.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
