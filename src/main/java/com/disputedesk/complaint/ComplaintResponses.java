package com.disputedesk.complaint;

import com.disputedesk.common.CaseNotFound;
import com.disputedesk.common.EnglishText;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.PartyId;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.evidence.EvidenceKind;
import com.disputedesk.evidence.EvidenceStore;
import com.disputedesk.evidence.Upload;
import com.disputedesk.timeline.CaseTimeline;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accused answers a complaint with a message and evidence, within the response period; then it is processed. */
@Service
public class ComplaintResponses {
  private final ComplaintRepository complaints;
  private final ComplaintProcess process;
  private final EvidenceStore evidence;
  private final CaseTimeline timeline;
  private final Clock clock;

  ComplaintResponses(ComplaintRepository complaints, ComplaintProcess process, EvidenceStore evidence,
      CaseTimeline timeline, Clock clock) {
    this.complaints = complaints;
    this.process = process;
    this.evidence = evidence;
    this.timeline = timeline;
    this.clock = clock;
  }

  /** {@code complaintId}: any report of the case, as the accused received it. */
  @Transactional
  public ComplaintCase answer(UUID complaintId, PartyId party, String message, List<Upload> files) {
    Complaint complaint = complaints.findComplaint(complaintId)
        .filter(c -> c.accusedId().equals(party.value()) || c.reporterId().equals(party.value()))
        .orElseThrow(() -> new CaseNotFound("complaint", complaintId));
    if (!complaint.accusedId().equals(party.value())) {
      throw RuleViolation.conflict("not-accused", "Only the accused seller answers a complaint.");
    }
    ComplaintCase c = complaints.lockCase(complaint.caseId()).orElseThrow();
    Instant now = clock.instant();
    if (c.status() != ComplaintCase.Status.WAITING_FOR_RESPONSE) {
      throw RuleViolation.conflict("not-waiting", c.noResponse() || c.status() == ComplaintCase.Status.PROCESSING
          && now.isAfter(c.responseDueAt())
          ? "The response period ended at " + c.responseDueAt() + "; the complaint is being decided without an answer."
          : "This complaint is " + c.status().text() + "; it takes no answer now.");
    }
    if (!now.isBefore(c.responseDueAt())) {
      throw RuleViolation.conflict("response-period-over", "The response period ended at " + c.responseDueAt() + ".");
    }
    String text = EnglishText.require("message", message, 4000);
    if (files != null && files.size() > 10) {
      throw new InvalidInput("file", "at most 10 files per answer");
    }
    List<UUID> ids = files == null ? List.of() : files.stream().map(f -> evidence.store(new EvidenceStore.NewEvidence(
        c.id(), "ACCUSED", party.value(), EvidenceKind.DOCUMENT, null, f.filename(), f.contentType(), f.content()))
        .evidenceId()).toList();
    complaints.addResponse(new ComplaintResponse(c.id(), c.round(), party.value(), text, ids, now));
    complaints.status(c.id(), ComplaintCase.Status.PROCESSING, false);
    timeline.record(c.id(), "COMPLAINT_ANSWERED", party.value(), "ACCUSED", "The accused answered"
        + (ids.isEmpty() ? "" : " with " + ids.size() + " file(s)"), Map.of("round", c.round()));
    process.answered(c.id());
    return complaints.findCase(c.id()).orElseThrow();
  }
}
