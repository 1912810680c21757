package com.disputedesk.search.ui;

import com.disputedesk.search.CaseKind;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;

/** A found case's codes as words: each kind keeps its statuses, reasons and outcomes under its own keys. */
public final class CaseWords {
  /** Status, reason and outcome codes each kind can have, for the filters ({@code CaseWordsTest} checks them). */
  static final Map<CaseKind, List<String>> STATUSES = Map.of(
      CaseKind.DISPUTE, List.of("NEGOTIATION", "ESCALATED", "AWAITING_EVIDENCE", "RESOLVED", "CANCELLED",
          "APPEAL_PENDING", "APPEAL_IN_REVIEW", "APPEAL_UPHELD", "APPEAL_OVERTURNED", "APPEAL_WITHDRAWN", "CLOSED"),
      CaseKind.APPEAL, List.of("PENDING", "IN_REVIEW", "UPHELD", "OVERTURNED", "WITHDRAWN"),
      CaseKind.COMPLAINT, List.of("WAITING_FOR_RESPONSE", "PROCESSING", "RESOLVED"),
      CaseKind.ACCOUNT_REVIEW, List.of("UNDER_REVIEW", "CLEARED", "AWAITING_APPEAL", "APPEAL_PENDING", "REINSTATED",
          "SUSPENSION_UPHELD"));
  static final Map<CaseKind, List<String>> REASONS = Map.of(
      CaseKind.DISPUTE, List.of("NOT_RECEIVED", "EMPTY_PACKAGE", "NOT_AS_DESCRIBED", "DAMAGED", "COUNTERFEIT",
          "WRONG_ITEM", "QUANTITY_SHORT"),
      CaseKind.COMPLAINT, List.of("COUNTERFEIT_PRODUCTS", "RESTRICTED_OR_PROHIBITED_PRODUCTS",
          "SEARCH_EXPOSURE_CHEATING", "OFF_PLATFORM_TRADING", "FALSE_INFORMATION"),
      CaseKind.ACCOUNT_REVIEW, List.of("FRAUD_FLAG", "SUSPENSION"));
  static final Map<CaseKind, List<String>> OUTCOMES = Map.of(
      CaseKind.DISPUTE, List.of("FULL_REFUND", "PARTIAL_REFUND", "REFUND_WITH_RETURN", "REJECTED", "AGREED",
          "CANCELLED"),
      CaseKind.APPEAL, List.of("UPHELD", "OVERTURNED"),
      CaseKind.COMPLAINT, List.of("DISMISSED", "WARNING", "LISTING_REMOVAL", "ACCOUNT_SUSPENSION",
          "MEMBERSHIP_CANCELLATION"),
      CaseKind.ACCOUNT_REVIEW, List.of("CLEARED", "REINSTATED", "SUSPENSION_UPHELD"));

  private CaseWords() {}

  public static String kind(CaseKind kind) {
    return t("enum.CaseKind." + kind.name());
  }

  public static String status(CaseKind kind, String status) {
    return status == null ? "—" : t(statusKey(kind) + status);
  }

  public static String reason(CaseKind kind, String reason) {
    if (reason == null) {
      return "—";
    }
    return t(switch (kind) {
      case DISPUTE, APPEAL -> "enum.DisputeReason.";
      case COMPLAINT -> "enum.ComplaintType.";
      case ACCOUNT_REVIEW -> "enum.AccountReview.Trigger.";
    } + reason);
  }

  public static String outcome(CaseKind kind, String outcome) {
    if (outcome == null) {
      return "—";
    }
    return t(switch (kind) {
      case DISPUTE -> "code.outcome.";
      case APPEAL -> "code.appealStatus.";
      case COMPLAINT -> "DISMISSED".equals(outcome) || "UPHELD".equals(outcome) ? "enum.ComplaintOutcome."
          : "enum.Sanction.";
      case ACCOUNT_REVIEW -> "enum.AccountReview.Status.";
    } + outcome);
  }

  private static String statusKey(CaseKind kind) {
    return switch (kind) {
      case DISPUTE -> "enum.DisputeStatus.";
      case APPEAL -> "code.appealStatus.";
      case COMPLAINT -> "enum.ComplaintCase.Status.";
      case ACCOUNT_REVIEW -> "enum.AccountReview.Status.";
    };
  }

  private static String t(String key) {
    UI ui = UI.getCurrent();
    return ui == null ? key : ui.getTranslation(key);
  }
}
