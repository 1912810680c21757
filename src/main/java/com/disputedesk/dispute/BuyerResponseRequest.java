package com.disputedesk.dispute;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record BuyerResponseRequest(@NotNull Action action, Outcome requestedOutcome, @Size(max = 4000) String message) {
  public enum Action { ACCEPT_PROPOSAL, MODIFY_REQUEST }
}
