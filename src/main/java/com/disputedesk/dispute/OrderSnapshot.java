package com.disputedesk.dispute;

import com.disputedesk.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The order as the marketplace knows it when the dispute is opened; kept unchanged with the dispute. */
public record OrderSnapshot(
    @NotBlank @Size(max = 64) String orderId,
    @NotBlank @Size(max = 64) String sellerId,
    @NotBlank @Size(max = 200) String storeName,
    @NotBlank @Size(max = 500) String itemTitle,
    @NotNull @Valid Money totalPaid,
    @NotNull @Valid Money couponPaid,
    @Size(max = 64) String trackingNumber,
    Instant receiptConfirmedAt,
    @NotNull Instant protectionEndsAt,
    @Size(max = 254) String buyerEmail,
    @Size(max = 254) String sellerEmail) {}
