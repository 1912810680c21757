package com.disputedesk.workspace;

/** A view about one case names it in the browser tab ("ORD-1 · Dispute"), so many open cases can be told apart. */
public interface CaseTitle extends Titled {
  /** The case's name, such as its order number; null until the case is loaded. */
  String caseName();
}
