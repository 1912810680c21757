package com.disputedesk.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.dispute.EvidenceFiles;
import com.disputedesk.security.AccessAudit;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.WebSession;
import com.disputedesk.timeline.CaseTimeline;
import com.disputedesk.timeline.TimelineEntry;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The case file holds everything the case does, opens as a PDF, names evidence by hash, and every export is audited. */
class CaseFileExportTest extends IntegrationTest {
  @Autowired CaseFiles files;
  @Autowired CaseTimeline timeline;
  @Autowired AccessAudit audit;
  @Autowired com.disputedesk.mediation.FraudFlags flags;
  @Value("${local.server.port}") int port;

  @Test
  void theDossierHoldsEveryTimelineEntryDecisionAndEvidenceHashOfTheCase() throws Exception {
    var d = cases.escalated();
    String photo = api.upload(d.path() + "/evidence", d.buyer(), "пустая посылка.png", "image/png",
        EvidenceFiles.png(), "PHOTO").text("sha256");
    String report = api.upload(d.path() + "/evidence", d.seller(), "invoice.pdf", "application/pdf",
        EvidenceFiles.pdf(), "DOCUMENT").text("sha256");
    cases.claimed(d, "mediator1");
    cases.decidePartial(d, "mediator1", "1000.00");
    api.post(d.path() + "/appeal", d.buyer(), Map.of("description",
        "Посылка пришла пустой: the postal opening report shows it."));

    CaseFiles.Export export = files.dossier(d.id(), "mediator1");
    assertThat(export.filename()).startsWith("case-file-ORD-").endsWith(".pdf");
    String text;
    try (var pdf = Loader.loadPDF(export.content())) {
      text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
    List<TimelineEntry> entries = timeline.of(d.id());
    assertThat(entries).hasSizeGreaterThan(4);
    for (TimelineEntry e : entries) {
      assertThat(text).as("timeline entry " + e.type()).contains(e.type());
    }
    assertThat(text).contains("Timeline (" + entries.size() + " entries)");
    assertThat(text).as("hashes are cut only at the page's edge").contains(photo.substring(0, 40), report.substring(0, 40));
    assertThat(text).contains("Version 1", "PARTIAL_REFUND", "refund 1000.00 RUB", "NOT_AS_DESCRIBED_CONFIRMED",
        "The photos show a different colour than the listing.");
    assertThat(text).as("the parties' own words, Cyrillic kept").contains("Посылка пришла пустой");
    assertThat(text).contains("Tracking number: RU123456789CN", d.buyer(), d.seller());
    assertThat(audit.list(d.id().toString(), 0, 10)).anySatisfy(a -> {
      assertThat(a.action()).isEqualTo("CASE_FILE_EXPORTED");
      assertThat(a.actor()).isEqualTo("mediator1");
      assertThat(a.to()).isEqualTo("sha256:" + CaseFiles.sha256(export.content()));
    });

    WebSession mediator = new WebSession(port);
    mediator.signIn("mediator1", "mediator1");
    var zip = mediator.bytes("/case-files/" + d.id() + "/evidence.zip", null);
    assertThat(zip.statusCode()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    try (var in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
      }
    }
    assertThat(names).containsExactlyInAnyOrder(photo + ".png", report + ".pdf", "manifest.csv");
    assertThat(audit.list(d.id().toString(), 0, 10)).extracting(AccessAudit.Entry::action)
        .contains("EVIDENCE_EXPORTED");
    var pdf = mediator.bytes("/case-files/" + d.id() + "/dossier.pdf", null);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");

    WebSession reviewer = new WebSession(port);
    reviewer.signIn("reviewer1", "reviewer1");
    assertThat(reviewer.bytes("/case-files/" + d.id() + "/dossier.pdf", null).statusCode())
        .as("complaint reviewers do not read disputes").isEqualTo(403);
    assertThat(new WebSession(port).bytes("/case-files/" + d.id() + "/dossier.pdf", null).statusCode())
        .isIn(302, 401);
  }

  @Test
  void complaintsAndAccountReviewsHaveTheirCaseFilesTooForTheirReviewersOnly() throws Exception {
    java.util.UUID complaint = cases.answeredComplaintCase();
    var d = cases.escalated();
    cases.claimed(d, "mediator1");
    var review = flags.flag(d.id(), "mediator1", d.buyer(), "Same photo used in three other disputes.");

    WebSession reviewer = new WebSession(port);
    reviewer.signIn("reviewer1", "reviewer1");
    var complaintPdf = reviewer.bytes("/case-files/complaints/" + complaint + "/dossier.pdf", null);
    assertThat(complaintPdf.statusCode()).isEqualTo(200);
    String text = text(complaintPdf.body());
    assertThat(text).contains("OFF_PLATFORM_TRADING", "No contact details.", complaint.toString());
    for (TimelineEntry e : timeline.of(complaint)) {
      assertThat(text).as(e.type()).contains(e.type());
    }
    var reviewPdf = reviewer.bytes("/case-files/account-reviews/" + review.id() + "/dossier.pdf", null);
    assertThat(reviewPdf.statusCode()).isEqualTo(200);
    assertThat(text(reviewPdf.body())).contains("Same photo used in three other disputes.", d.buyer(), "FRAUD_FLAG");
    assertThat(reviewer.bytes("/case-files/complaints/" + complaint + "/evidence.zip", null).statusCode())
        .isEqualTo(200);
    assertThat(audit.list(complaint.toString(), 0, 10)).extracting(AccessAudit.Entry::action)
        .contains("CASE_FILE_EXPORTED", "EVIDENCE_EXPORTED");

    WebSession mediator = new WebSession(port);
    mediator.signIn("mediator1", "mediator1");
    assertThat(mediator.bytes("/case-files/complaints/" + complaint + "/dossier.pdf", null).statusCode())
        .as("mediators do not read complaint cases").isEqualTo(403);
  }

  private static String text(byte[] pdf) throws java.io.IOException {
    try (var doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
