package com.disputedesk.dispute;

import com.disputedesk.common.Money;
import com.disputedesk.evidence.EvidenceItem;
import com.disputedesk.timeline.TimelineEntry;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The dispute as a party sees it through the API; later stages add {@code appeal}, {@code coupons}, … as extensions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DisputeView(UUID id, String orderId, DisputeStatus status, DisputeStatus.Stage stage, WaitingFor waitingFor,
    Order order, DisputeReason reason, boolean goodsReceived, Outcome requestedOutcome, String description,
    Deadlines deadlines, List<Offer> offers, Decision decision,
    List<Evidence> evidence, List<Step> timeline, String notice, @JsonIgnore Map<String, Object> extensions) {

  @JsonAnyGetter
  Map<String, Object> extra() {
    return extensions;
  }

  record Order(String orderId, String buyerId, String sellerId, String storeName, String itemTitle, Money totalPaid,
      Money couponPaid, Money moneyPaid, String trackingNumber, Instant receiptConfirmedAt, Instant protectionEndsAt) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Deadlines(Instant negotiationEndsAt, Instant escalationAllowedFrom, Instant evidenceResponseDueAt,
      Instant mediationDueAt, Instant appealWindowEndsAt) {}

  record Decision(String outcome, Money refund, String reasonCode, String explanation, Instant decidedAt) {}

  record Evidence(UUID evidenceId, String party, String kind, String note, String filename, String contentType,
      String sha256, long size, Instant uploadedAt) {
    static Evidence of(EvidenceItem e) {
      return new Evidence(e.evidenceId(), e.party(), e.kind().name(), e.note(), e.filename(), e.contentType(),
          e.sha256(), e.size(), e.uploadedAt());
    }
  }

  /** A timeline step; back-office actors are shown by role only. */
  record Step(String type, String actor, Instant at, String summary) {
    static Step of(TimelineEntry e) {
      boolean party = "BUYER".equals(e.actorRole()) || "SELLER".equals(e.actorRole());
      return new Step(e.type(), party ? e.actor() : e.actorRole().toLowerCase(), e.at(), e.summary());
    }
  }
}
