package com.disputedesk.dispute;

import com.disputedesk.sla.SlaTimer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The timers of DisputeCaseProcess and the policies that time them, for re-timing running cases. */
@Configuration(proxyBeanMethods = false)
class DisputeSlaTimers {
  @Bean
  SlaTimer negotiationTimer() {
    return new SlaTimer(Negotiation.NEGOTIATION_POLICY, DisputeProcess.PROCESS_KEY, "Timer_NegotiationExpired");
  }

  @Bean
  SlaTimer mediationTimer() {
    return new SlaTimer(Escalation.MEDIATION_POLICY, DisputeProcess.PROCESS_KEY, "Timer_MediationOverdue");
  }

  @Bean
  SlaTimer evidenceTimer() {
    return new SlaTimer("evidence-response", DisputeProcess.PROCESS_KEY, "Timer_EvidenceOverdue");
  }

  @Bean
  SlaTimer appealWindowTimer() {
    return new SlaTimer("appeal-window", DisputeProcess.PROCESS_KEY, "Timer_AppealWindowClosed");
  }
}
