package com.disputedesk.complaint;

import com.disputedesk.timeline.CaseTimeline;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_MarkNoResponse}: the response period ended unanswered; the case reaches a reviewer, marked so. */
@Component("complaintNoResponse")
class NoResponseDelegate implements JavaDelegate {
  private final ComplaintRepository complaints;
  private final CaseTimeline timeline;

  NoResponseDelegate(ComplaintRepository complaints, CaseTimeline timeline) {
    this.complaints = complaints;
    this.timeline = timeline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UUID caseId = UUID.fromString(execution.getProcessBusinessKey());
    complaints.lockCase(caseId).ifPresent(c -> {
      complaints.status(caseId, ComplaintCase.Status.PROCESSING, true);
      timeline.record(caseId, "NO_RESPONSE", "system", "SYSTEM", "The accused did not answer in time",
          Map.of("round", c.round()));
    });
  }
}
