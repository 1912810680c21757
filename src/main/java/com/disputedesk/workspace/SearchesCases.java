package com.disputedesk.workspace;

/** The view the {@code /} key brings up from anywhere (the case search); told to focus when it is already shown. */
public interface SearchesCases {
  String ROUTE = "cases";

  void focusSearch();
}
