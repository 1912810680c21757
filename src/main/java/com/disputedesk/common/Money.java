package com.disputedesk.common;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount in a currency; serialised as {"amount": "12168.71", "currency": "RUB"} so no precision is lost. */
public record Money(
    @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
    @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as RUB") String currency) {

  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  public static Money zero(String currency) {
    return new Money(BigDecimal.ZERO.setScale(2), currency);
  }

  public Money {
    if (amount != null) {
      if (amount.scale() > 2) {
        throw new InvalidInput("amount", "must have at most two decimals");
      }
      amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  public boolean exceeds(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount) > 0;
  }

  @JsonIgnore
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  @JsonIgnore
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new InvalidInput("currency", "must be " + currency + ", the currency of the order");
    }
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
