package com.disputedesk.dispute;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record SellerResponseRequest(@NotNull Action action, Outcome proposal, @Size(max = 4000) String message) {
  public enum Action { ACCEPT, REJECT, PROPOSE }
}
