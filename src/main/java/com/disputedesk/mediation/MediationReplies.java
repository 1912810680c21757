package com.disputedesk.mediation;

import com.disputedesk.dispute.DisputeReason;
import com.disputedesk.reply.ReplyPurpose;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mediators' forms that take reply templates: a decision (by outcome and reason) and an evidence request. */
@Configuration(proxyBeanMethods = false)
public class MediationReplies {
  public static final String DECISION = "DECISION";
  public static final String EVIDENCE_REQUEST = "EVIDENCE_REQUEST";

  @Bean
  ReplyPurpose decisionReplies() {
    return new ReplyPurpose(DECISION, List.of(DecisionOutcome.values()), List.of(DecisionReason.values()));
  }

  @Bean
  ReplyPurpose evidenceRequestReplies() {
    return new ReplyPurpose(EVIDENCE_REQUEST, List.of(), List.of(DisputeReason.values()));
  }
}
