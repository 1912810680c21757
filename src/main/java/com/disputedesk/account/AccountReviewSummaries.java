package com.disputedesk.account;

import com.disputedesk.worklist.CaseSummary;
import com.disputedesk.worklist.CaseSummaryProvider;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What the reviewers' queue shows for an account review: the party, why, and the {@code account-review} SLA. */
@Component
class AccountReviewSummaries implements CaseSummaryProvider {
  private final AccountRepository accounts;

  AccountReviewSummaries(AccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  public String processDefinitionKey() {
    return AccountProcess.KEY;
  }

  @Override
  public CaseSummary summarize(UUID reviewId, String taskKey) {
    AccountReview r = accounts.find(reviewId).orElseThrow();
    String stage = AccountProcess.TASK_FRAUD.equals(taskKey) ? "FRAUD_FLAG" : "REACTIVATION_APPEAL";
    return new CaseSummary(r.partyId(), stage, r.trigger().name(), null, null, null, r.partyId(),
        r.partyId(), AccountReviews.REVIEW_POLICY, r.reviewStartedAt(), r.reviewDueAt(), false, r.priority());
  }

  /** Screens about timers name these cases by their party. */
  @org.springframework.context.annotation.Bean
  static com.disputedesk.sla.CaseReference accountReviewSummariesReference() {
    return new com.disputedesk.sla.CaseReference("account_review", "party_id");
  }
}
