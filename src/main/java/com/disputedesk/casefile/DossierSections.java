package com.disputedesk.casefile;

import com.disputedesk.evidence.EvidenceItem;
import com.disputedesk.timeline.TimelineEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The sections every kind of dossier ends with, written the same way: the evidence list and the whole timeline. */
final class DossierSections {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
      .withZone(ZoneOffset.UTC);

  private DossierSections() {}

  static void evidence(PdfPages pdf, List<EvidenceItem> items) {
    pdf.heading("Evidence (" + items.size() + " files, in the ZIP beside this file by SHA-256)");
    if (items.isEmpty()) {
      pdf.line("None.");
    }
    for (EvidenceItem e : items) {
      pdf.line(time(e.uploadedAt()) + " · " + e.party() + " · " + e.kind() + " · "
          + (e.filename() == null ? "(no name)" : e.filename()) + " · " + e.contentType() + " · " + e.size()
          + " bytes" + (e.note() == null ? "" : " — " + e.note()));
      pdf.line("  SHA-256 " + e.sha256());
    }
  }

  static void timeline(PdfPages pdf, List<TimelineEntry> entries) {
    pdf.heading("Timeline (" + entries.size() + " entries)");
    for (TimelineEntry t : entries) {
      pdf.line(time(t.at()) + " · " + t.type() + " · " + t.actor() + " (" + t.actorRole() + ") · " + t.summary());
    }
  }

  static String time(Instant i) {
    return i == null ? "—" : TIME.format(i);
  }

  static String money(BigDecimal amount, String currency) {
    return amount == null ? "—" : amount.toPlainString() + " " + currency;
  }
}
