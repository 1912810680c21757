package com.disputedesk.worklist;

/** Someone else holds the task, or it is no longer open. The message is shown to the user as is. */
public class ClaimLost extends RuntimeException {
  private final String holder;

  public ClaimLost(String holder, String message) {
    super(message);
    this.holder = holder;
  }

  public String holder() {
    return holder;
  }
}
