package com.disputedesk.integration;

import java.util.Arrays;
import java.util.Optional;

/** Every integration event type, by its wire name. Adding one is additive; renaming or removing one is breaking. */
public enum EventType {
  DISPUTE_OPENED("dispute.opened", DisputeEventData.Opened.class,
      "A buyer opened a dispute; buyer and seller negotiate until negotiationDueAt."),
  DISPUTE_UPDATED("dispute.updated", DisputeEventData.Updated.class,
      "The seller rejected or proposed, or the buyer changed the request."),
  DISPUTE_AGREED("dispute.agreed", DisputeEventData.Agreed.class,
      "Buyer and seller agreed; a refund, if any, follows as refund.instructed."),
  DISPUTE_ESCALATED("dispute.escalated", DisputeEventData.Escalated.class,
      "The dispute went to mediation (by the buyer, or the negotiation timer: escalatedBy system)."),
  EVIDENCE_REQUESTED("evidence.requested", DisputeEventData.EvidenceRequested.class,
      "A mediator asked a party (or both) for evidence, due at dueAt."),
  DISPUTE_DECIDED("dispute.decided", DisputeEventData.Decided.class,
      "A mediator decided; the buyer may appeal until appealDueAt."),
  DISPUTE_DECISION_REVISED("dispute.decision_revised", DisputeEventData.DecisionRevised.class,
      "A second mediator approved a revised decision; refunds follow the difference."),
  DISPUTE_CANCELLED("dispute.cancelled", DisputeEventData.Cancelled.class,
      "The buyer cancelled the dispute; it can never be reopened."),
  DISPUTE_CLOSED("dispute.closed", DisputeEventData.Closed.class,
      "The dispute is closed with its final outcome."),
  REFUND_INSTRUCTED("refund.instructed", DisputeEventData.RefundInstructed.class,
      "The payments system is to pay this refund (negative: correct an earlier one); report it back."),
  REFUND_EXECUTED("refund.executed", DisputeEventData.RefundExecuted.class,
      "The payments system reported the refund paid."),
  REFUND_FAILED("refund.failed", DisputeEventData.RefundFailed.class,
      "The payments system reported the refund failed; the mediator sees the reason."),
  APPEAL_FILED("appeal.filed", AppealEventData.AppealFiled.class,
      "The buyer appealed; the commission reviews it until reviewDueAt."),
  APPEAL_WITHDRAWN("appeal.withdrawn", AppealEventData.AppealWithdrawn.class,
      "The buyer withdrew the appeal."),
  APPEAL_DECIDED("appeal.decided", AppealEventData.AppealDecided.class,
      "The commission upheld or overturned; overturned decisions are compensated with coupons."),
  COUPON_ISSUED("coupon.issued", AppealEventData.CouponIssued.class,
      "Compensation coupons were credited to the buyer."),
  COUPON_REDEEMED("coupon.redeemed", AppealEventData.CouponRedeemed.class,
      "A coupon was spent on an order."),
  COUPON_EXPIRED("coupon.expired", AppealEventData.CouponExpired.class,
      "A coupon expired unredeemed."),
  COMPLAINT_FILED("complaint.filed", ComplaintEventData.ComplaintFiled.class,
      "A complaint against a seller or listing was filed."),
  COMPLAINT_RESOLVED("complaint.resolved", ComplaintEventData.ComplaintResolved.class,
      "A complaint case was decided: UPHELD (with a sanction) or DISMISSED."),
  SANCTION_APPLIED("sanction.applied", ComplaintEventData.SanctionApplied.class,
      "The marketplace is to apply this sanction to the accused seller or listing."),
  ACCOUNT_SUSPENDED("account.suspended", ComplaintEventData.AccountSuspended.class,
      "An account was suspended (or its membership cancelled); it may appeal for reactivation."),
  ACCOUNT_REINSTATED("account.reinstated", ComplaintEventData.AccountReinstated.class,
      "A suspended account is active again.");

  private final String wireName;
  private final Class<?> data;
  private final String summary;

  EventType(String wireName, Class<?> data, String summary) {
    this.wireName = wireName;
    this.data = data;
    this.summary = summary;
  }

  /** The record its {@code data} is written from: the documented schema of the type. */
  public Class<?> data() {
    return data;
  }

  public String summary() {
    return summary;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<EventType> byWireName(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
  }
}
