package com.disputedesk.search;

import java.time.Instant;

/**
 * One search over every case: {@code text} is an exact key (a case, order, party or tracking id, a coupon code) or
 * any part of a store name, item title or listing address; every other field narrows, null meaning any.
 */
public record CaseQuery(String text, CaseKind kind, Boolean open, String status, String reason, String outcome,
    String decidedBy, Instant openedFrom, Instant openedBefore, boolean breached, Sort sort) {

  public enum Sort { NEWEST, OLDEST, DUE, DECIDED, AMOUNT }

  public static CaseQuery of(String text) {
    return new CaseQuery(text, null, null, null, null, null, null, null, null, false, Sort.NEWEST);
  }

  public CaseQuery {
    // a space typed after the last word stays: it says the word is whole ("store 42 " is not store 420)
    text = text == null || text.isBlank() ? null
        : text.strip() + (Character.isWhitespace(text.charAt(text.length() - 1)) ? " " : "");
    status = blankToNull(status);
    reason = blankToNull(reason);
    outcome = blankToNull(outcome);
    decidedBy = blankToNull(decidedBy);
    sort = sort == null ? Sort.NEWEST : sort;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
