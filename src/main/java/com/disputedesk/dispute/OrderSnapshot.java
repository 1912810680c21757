package com.disputedesk.dispute;

import com.disputedesk.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The order as the marketplace knows it when the dispute is opened; kept unchanged with the dispute. */
public record OrderSnapshot(
    @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String orderId,
    @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String sellerId,
    @NotBlank @Size(max = 200) String storeName,
    @NotBlank @Size(max = 500) String itemTitle,
    @NotNull @Valid Money totalPaid,
    @NotNull @Valid Money couponPaid,
    @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "must be 1 to 64 letters, digits or '-'") String trackingNumber,
    Instant receiptConfirmedAt,
    @NotNull Instant protectionEndsAt,
    @Email @Size(max = 254) String buyerEmail,
    @Email @Size(max = 254) String sellerEmail) {
  /** Order and party ids as the marketplace issues them: the shape {@code X-Party-Id} accepts. */
  static final String ID = "[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}";
  static final String ID_MESSAGE = "must be 1 to 64 letters, digits, '_', '.', ':' or '-'";
}
