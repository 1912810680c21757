package com.disputedesk.appeal;

import com.disputedesk.dispute.Dispute;
import com.disputedesk.dispute.Disputes;
import com.disputedesk.worklist.CaseSummary;
import com.disputedesk.worklist.CaseSummaryProvider;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the commission's and the quality reviewers' queues show for an appeal; the case id is the dispute id. */
@Configuration(proxyBeanMethods = false)
class AppealCaseSummaries {

  @Bean
  CaseSummaryProvider appealReviewSummaries(AppealRepository appeals, Disputes disputes, FourEyes fourEyes) {
    return new CaseSummaryProvider() {
      @Override
      public String processDefinitionKey() {
        return AppealTasks.PROCESS_REVIEW;
      }

      @Override
      public CaseSummary summarize(UUID disputeId, String taskKey) {
        Dispute d = disputes.get(disputeId);
        Appeal a = appeals.ofDispute(disputeId).orElseThrow();
        return new CaseSummary(d.itemTitle(), a.round() > 1 ? "SECOND_REVIEW" : "APPEAL_" + a.status().name(),
            d.reason().name(), d.moneyPaid(), d.currency(), d.orderId(), d.buyerId(), d.sellerId(),
            AppealFiling.REVIEW_POLICY, a.reviewStartedAt(), a.reviewDueAt(), false, a.priority(),
            fourEyes.excludedFrom(disputeId));
      }
    };
  }

  @Bean
  CaseSummaryProvider appealFeedbackSummaries(Disputes disputes) {
    return new CaseSummaryProvider() {
      @Override
      public String processDefinitionKey() {
        return AppealTasks.PROCESS_FEEDBACK;
      }

      @Override
      public CaseSummary summarize(UUID disputeId, String taskKey) {
        Dispute d = disputes.get(disputeId);
        return new CaseSummary(d.itemTitle(), "FEEDBACK", d.reason().name(), d.moneyPaid(), d.currency(), d.orderId(),
            d.buyerId(), d.sellerId(), null, null, null, false, 0);
      }
    };
  }
}
