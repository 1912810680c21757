package com.disputedesk.complaint;

import com.disputedesk.sla.SlaTimersRetimed;
import com.disputedesk.sla.TimerMove;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The {@code complaint-response} timer, and the response deadline parties see kept equal to it when re-timed. */
@Component
class ComplaintSlaTimers {
  private final ComplaintRepository complaints;

  ComplaintSlaTimers(ComplaintRepository complaints) {
    this.complaints = complaints;
  }

  @EventListener
  void on(SlaTimersRetimed e) {
    for (TimerMove move : e.moves()) {
      if (move.caseId() != null && ComplaintProcess.TIMER_RESPONSE.equals(move.activityId())) {
        complaints.responseDue(move.caseId(), move.newDue());
      }
    }
  }
}
