package com.disputedesk.dispute;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record OpenDisputeRequest(
    @NotNull @Valid OrderSnapshot order,
    @NotNull DisputeReason reason,
    @NotNull Boolean goodsReceived,
    @NotNull @Valid Outcome requestedOutcome,
    @NotBlank @Size(max = 4000) String description) {}
