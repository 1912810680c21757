package com.disputedesk.complaint;

import com.disputedesk.sla.SlaTimer;
import com.disputedesk.sla.SlaTimersRetimed;
import com.disputedesk.sla.TimerMove;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The {@code complaint-response} timer, and the response deadline parties see kept equal to it when re-timed. */
@Configuration(proxyBeanMethods = false)
class ComplaintSlaTimers {
  private final ComplaintRepository complaints;

  ComplaintSlaTimers(ComplaintRepository complaints) {
    this.complaints = complaints;
  }

  @Bean
  static SlaTimer complaintResponseTimer() {
    return new SlaTimer(ComplaintFiling.RESPONSE_POLICY, ComplaintProcess.KEY, ComplaintProcess.TIMER_RESPONSE);
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
