package com.disputedesk.complaint;

import com.disputedesk.common.EnglishText;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.PartyId;
import com.disputedesk.evidence.EvidenceKind;
import com.disputedesk.evidence.EvidenceStore;
import com.disputedesk.evidence.Upload;
import com.disputedesk.sla.SlaPolicies;
import com.disputedesk.timeline.CaseTimeline;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Anyone reports a seller's listing; reports about one listing join its open case so it is decided once. */
@Service
public class ComplaintFiling {
  static final String RESPONSE_POLICY = "complaint-response";
  private final ComplaintRepository complaints;
  private final ComplaintProcess process;
  private final EvidenceStore evidence;
  private final SlaPolicies policies;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ComplaintFiling(ComplaintRepository complaints, ComplaintProcess process, EvidenceStore evidence,
      SlaPolicies policies, CaseTimeline timeline, ApplicationEventPublisher events, Clock clock) {
    this.complaints = complaints;
    this.process = process;
    this.evidence = evidence;
    this.policies = policies;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Complaint file(PartyId reporter, FileComplaintRequest request, Upload file) {
    ComplaintType type = type(request.type());
    String subReason = subReason(type, request.subReason());
    String listing = ListingKey.of(request.productUrl());
    PartyId accused = accused(request.accusedSellerId(), reporter);
    String description = EnglishText.optional("description", request.description(), 2000);
    Instant now = clock.instant();
    var open = complaints.lockOpenCase(listing);
    boolean newCase = open.isEmpty();
    UUID caseId = newCase ? UUID.randomUUID() : open.get().id();
    if (newCase && !complaints.openCase(new ComplaintCase(caseId, listing, request.productUrl().strip(),
        accused.value(), ComplaintCase.Status.WAITING_FOR_RESPONSE, now, policies.dueFrom(RESPONSE_POLICY, now),
        false, 1, null, null, null, null, null, null))) {
      // a concurrent report opened the case a moment ago: join it
      newCase = false;
      caseId = complaints.lockOpenCase(listing).orElseThrow().id();
    }
    ComplaintCase c = complaints.findCase(caseId).orElseThrow();
    if (!c.accusedId().equals(accused.value())) {
      throw new InvalidInput("accusedSellerId", "is not the seller of this listing's open complaint case");
    }
    UUID evidenceId = file == null ? null : evidence.store(new EvidenceStore.NewEvidence(caseId, "REPORTER",
        reporter.value(), EvidenceKind.DOCUMENT, null, file.filename(), file.contentType(), file.content()))
        .evidenceId();
    Complaint complaint = new Complaint(UUID.randomUUID(), caseId, reporter.value(), type, subReason,
        request.productUrl().strip(), accused.value(), description, evidenceId, now);
    complaints.addComplaint(complaint);
    timeline.record(caseId, "COMPLAINT_FILED", reporter.value(), "REPORTER", "Reported for " + type
        + (subReason == null ? "" : " (" + subReason + ")"), Map.of("complaintId", complaint.id().toString()));
    if (newCase) {
      process.start(caseId);
      process.responseDue(caseId).ifPresent(due -> complaints.responseDue(c.id(), due));
    }
    events.publishEvent(new ComplaintFiled(caseId, complaint.id(), newCase));
    return complaint;
  }

  private static ComplaintType type(String value) {
    try {
      return ComplaintType.valueOf(value == null ? "" : value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("type", "must be one of " + Arrays.toString(ComplaintType.values()));
    }
  }

  private static String subReason(ComplaintType type, String value) {
    if (value == null || value.isBlank()) {
      if (type.subReasonRequired()) {
        throw new InvalidInput("subReason", "is required for " + type + ": one of " + type.subReasons());
      }
      return null;
    }
    if (!type.subReasons().contains(value.strip())) {
      throw new InvalidInput("subReason", "must be one of " + type.subReasons() + " for " + type);
    }
    return value.strip();
  }

  private static PartyId accused(String value, PartyId reporter) {
    List<InvalidInput.FieldError> errors = new ArrayList<>();
    if (value == null || value.isBlank()) {
      errors.add(new InvalidInput.FieldError("accusedSellerId", "is required"));
      throw new InvalidInput(errors);
    }
    PartyId accused;
    try {
      accused = PartyId.of(value.strip());
    } catch (InvalidInput e) {
      throw new InvalidInput("accusedSellerId", "must be a party id of 1 to 64 letters, digits, '_', '.', ':' or '-'");
    }
    if (accused.equals(reporter)) {
      throw new InvalidInput("accusedSellerId", "cannot be yourself");
    }
    return accused;
  }
}
