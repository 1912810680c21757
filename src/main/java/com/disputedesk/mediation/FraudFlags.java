package com.disputedesk.mediation;

import com.disputedesk.account.AccountReview;
import com.disputedesk.account.AccountReviews;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.dispute.Dispute;
import com.disputedesk.dispute.Disputes;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mediator flags a party of a dispute they work for suspected fraud (DOMAIN.md §1b). It opens an account review;
 * it never blocks the account, and the parties do not see it in the dispute.
 */
@Service
public class FraudFlags {
  private final Disputes disputes;
  private final CaseMediators mediators;
  private final MediationTasks tasks;
  private final AccountReviews accounts;

  FraudFlags(Disputes disputes, CaseMediators mediators, MediationTasks tasks, AccountReviews accounts) {
    this.disputes = disputes;
    this.mediators = mediators;
    this.tasks = tasks;
    this.accounts = accounts;
  }

  @Transactional
  public AccountReview flag(UUID disputeId, String mediator, String partyId, String reason) {
    Dispute d = disputes.get(disputeId);
    if (partyId == null || !d.involves(partyId)) {
      throw new InvalidInput("party", "must be this dispute's buyer or seller");
    }
    boolean holds = tasks.openDecideTask(disputeId).map(t -> mediator.equals(t.assignee())).orElse(false);
    if (!holds && !mediators.of(disputeId).contains(mediator)) {
      throw RuleViolation.conflict("not-your-case", "Only a mediator working this dispute can flag its parties.");
    }
    return accounts.flagFraud(partyId, disputeId, mediator, reason);
  }
}
