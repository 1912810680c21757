package com.disputedesk.appeal;

import com.disputedesk.common.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The appeal as the buyer sees it: "appeal pending", "your appeal is being processed", "appeal processed". */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AppealView(UUID id, UUID disputeId, AppealStatus status, String statusText, String description,
    List<UUID> evidenceIds, Instant filedAt, Instant reviewDueAt, int round, Result result, Instant withdrawnAt,
    Boolean feedbackAllowed) {

  record Result(AppealOutcome outcome, Money compensation, String explanation, Instant decidedAt,
      Instant couponsCreditedFrom) {}

  static AppealView of(Appeal a, boolean feedbackGiven) {
    Result result = a.status().decided() ? new Result(a.outcome(),
        a.compensation() == null ? null : new Money(a.compensation(), a.currency()), a.explanation(), a.decidedAt(),
        a.couponsDueAt()) : null;
    return new AppealView(a.id(), a.disputeId(), a.status(), a.status().forBuyer(), a.description(), a.evidenceIds(),
        a.filedAt(), a.status().decided() || a.status() == AppealStatus.WITHDRAWN ? null : a.reviewDueAt(), a.round(),
        result, a.withdrawnAt(), a.status() == AppealStatus.UPHELD ? !feedbackGiven : null);
  }
}
