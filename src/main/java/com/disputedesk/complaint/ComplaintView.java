package com.disputedesk.complaint;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A complaint as its reporter or the accused sees it; the accused never learns who reported. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ComplaintView(UUID id, UUID caseId, String role, ComplaintType type, String subReason, String productUrl,
    String accusedSellerId, String description, Instant filedAt, ComplaintCase.Status status, String statusText,
    Instant responseDueAt, Boolean noResponse, Boolean cancellationNotice, Integer reportsAboutListing,
    List<Answer> answers, Result result) {

  record Answer(int round, String message, int files, Instant answeredAt) {}

  record Result(String outcome, Sanction sanction, String reason, Instant decidedAt) {}

  static ComplaintView of(Complaint c, ComplaintCase cc, String viewer, int reports, List<ComplaintResponse> answers) {
    boolean accused = c.accusedId().equals(viewer);
    return new ComplaintView(c.id(), c.caseId(), accused ? "ACCUSED" : "REPORTER", c.type(), c.subReason(),
        c.productUrl(), c.accusedId(), c.description(), c.filedAt(), cc.status(), cc.status().text(),
        cc.status() == ComplaintCase.Status.WAITING_FOR_RESPONSE ? cc.responseDueAt() : null,
        cc.noResponse() ? true : null, cc.noticeSentAt() != null ? true : null, accused ? reports : null,
        accused ? answers.stream().map(a -> new Answer(a.round(), a.message(), a.evidenceIds().size(), a.answeredAt()))
            .toList() : null,
        cc.status() == ComplaintCase.Status.RESOLVED
            ? new Result(cc.outcome(), cc.sanction(), cc.decisionReason(), cc.decidedAt()) : null);
  }
}
