package com.disputedesk.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** An account review as the party sees it: never who flagged it, always the reasons of a decision. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AccountReviewView(UUID id, AccountReview.Trigger trigger, AccountReview.Status status, Instant openedAt,
    Instant reviewDueAt, Instant appealFiledAt, Instant decidedAt, String reasons) {

  static AccountReviewView of(AccountReview r) {
    return new AccountReviewView(r.id(), r.trigger(), r.status(), r.openedAt(),
        r.status().open() ? r.reviewDueAt() : null, r.appealFiledAt(), r.decidedAt(), r.decisionReasons());
  }
}
