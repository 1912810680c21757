package com.disputedesk.complaint;

import com.disputedesk.worklist.CaseSummary;
import com.disputedesk.worklist.CaseSummaryProvider;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What the reviewers' queue shows for a complaint case: how many reports, answered or "no response". */
@Component
class ComplaintCaseSummaries implements CaseSummaryProvider {
  private final ComplaintRepository complaints;

  ComplaintCaseSummaries(ComplaintRepository complaints) {
    this.complaints = complaints;
  }

  @Override
  public String processDefinitionKey() {
    return ComplaintProcess.KEY;
  }

  @Override
  public CaseSummary summarize(UUID caseId, String taskKey) {
    ComplaintCase c = complaints.findCase(caseId).orElseThrow();
    List<Complaint> reports = complaints.complaintsOf(caseId);
    String stage = c.noResponse() ? "NO_RESPONSE" : c.noticeSentAt() != null ? "AFTER_NOTICE" : "ANSWERED";
    return new CaseSummary(c.productUrl(), stage, reports.get(0).type().name(),
        null, null, null, null, c.accusedId(), null, c.openedAt(), null, false, reports.size() > 1 ? 1 : 0);
  }

  /** Screens about timers name these cases by their listing. */
  @org.springframework.context.annotation.Bean
  static com.disputedesk.sla.CaseReference complaintCaseSummariesReference() {
    return new com.disputedesk.sla.CaseReference("complaint_case", "product_url");
  }
}
