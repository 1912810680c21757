package com.disputedesk.appeal;

import com.disputedesk.dispute.DisputeReason;
import com.disputedesk.reply.ReplyPurpose;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The commission's decision takes reply templates by outcome and by the dispute's reason. */
@Configuration(proxyBeanMethods = false)
public class AppealReplies {
  public static final String APPEAL_DECISION = "APPEAL_DECISION";

  @Bean
  ReplyPurpose appealDecisionReplies() {
    return new ReplyPurpose(APPEAL_DECISION, List.of(AppealOutcome.values()), List.of(DisputeReason.values()));
  }
}
