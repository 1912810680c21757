package com.disputedesk.search.ui;

import com.disputedesk.search.CaseKind;
import java.util.UUID;

/** Where a case's own screen is: an appeal opens in the commission's view, under its dispute's id. */
public final class CaseLinks {
  private CaseLinks() {}

  public static String of(CaseKind kind, UUID caseId, UUID linkId) {
    return switch (kind) {
      case DISPUTE -> "mediation/case/" + linkId;
      case APPEAL -> "appeals/case/" + linkId;
      case COMPLAINT -> "complaints/case/" + caseId;
      case ACCOUNT_REVIEW -> "accounts/review/" + caseId;
    };
  }
}
