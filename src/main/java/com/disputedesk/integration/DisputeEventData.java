package com.disputedesk.integration;

import com.disputedesk.common.Money;
import com.disputedesk.dispute.Outcome;
import java.time.Instant;
import java.util.UUID;

/** The {@code data} of the dispute's events, as documented in docs/asyncapi.yaml: no second call needed. */
final class DisputeEventData {
  private DisputeEventData() {}

  record Opened(UUID disputeId, String orderId, String buyerId, String sellerId, String storeName, String itemTitle,
      String reason, boolean goodsReceived, Outcome requestedOutcome, Money totalPaid, Money couponPaid,
      String status, Instant negotiationDueAt) {}

  record Updated(UUID disputeId, String by, String action, Outcome outcome, String message, String status,
      String waitingFor, Instant negotiationDueAt) {}

  record Agreed(UUID disputeId, Outcome outcome, Money refund, String status) {}

  record Escalated(UUID disputeId, String escalatedBy, Instant mediationDueAt, String status) {}

  record EvidenceRequested(UUID disputeId, UUID requestId, boolean fromBuyer, boolean fromSeller, String message,
      Instant dueAt) {}

  record Decided(UUID disputeId, UUID decisionId, String outcome, Money refund, String reasonCode,
      String explanation, Instant appealDueAt) {}

  record DecisionRevised(UUID disputeId, UUID decisionId, String outcome, Money previousRefund, Money refund,
      String explanation) {}

  record Cancelled(UUID disputeId, String status, Instant cancelledAt) {}

  record Closed(UUID disputeId, String status, String finalOutcome, Money refund, Instant closedAt) {}

  record RefundInstructed(UUID instructionId, UUID disputeId, String orderId, String buyerId, Money amount,
      boolean withReturn) {}

  record RefundExecuted(UUID instructionId, UUID disputeId, Money amount, String paymentReference) {}

  record RefundFailed(UUID instructionId, UUID disputeId, Money amount, String reason) {}
}
