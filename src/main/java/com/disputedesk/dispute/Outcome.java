package com.disputedesk.dispute;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** A requested or proposed outcome; {@code amount} only for PARTIAL_REFUND. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Outcome(@jakarta.validation.constraints.NotNull OutcomeType type, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {

  /** The refund this outcome pays, given the part of the order paid in money. */
  public BigDecimal refund(BigDecimal moneyPaid) {
    return switch (type) {
      case FULL_REFUND, REFUND_WITH_RETURN -> moneyPaid;
      case PARTIAL_REFUND -> amount;
      case REPLACEMENT -> BigDecimal.ZERO.setScale(2);
    };
  }
}
