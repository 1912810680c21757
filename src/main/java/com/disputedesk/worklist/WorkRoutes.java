package com.disputedesk.worklist;

import java.util.UUID;

/** The workspace screen of an item's case, by the process that holds it (appeals live under their dispute's id). */
public final class WorkRoutes {
  private WorkRoutes() {}

  public static String of(WorkItem item) {
    return of(item.caseType(), item.caseId());
  }

  public static String of(String caseType, UUID caseId) {
    return switch (caseType) {
      case "DisputeCaseProcess" -> "mediation/case/" + caseId;
      case "AppealReviewProcess", "AppealFeedbackProcess" -> "appeals/case/" + caseId;
      case "ComplaintCaseProcess" -> "complaints/case/" + caseId;
      case "AccountReviewProcess" -> "accounts/review/" + caseId;
      default -> "";
    };
  }
}
