package com.disputedesk.common;

/** The case does not exist or is not the caller's: both answer 404 so ids cannot be probed. */
public class CaseNotFound extends RuntimeException {
  public CaseNotFound(String what, Object id) {
    super("No " + what + " " + id + " was found for you.");
  }
}
