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

  /** Plain decimals only: no sign but '-', no exponent, at most 15 digits before the point (the columns hold 17). */
  private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("-?\\d{1,15}(\\.\\d{1,4})?");

  public static Money of(String amount, String currency) {
    return new Money(parse("amount", amount), currency);
  }

  /** Parses a decimal as the API takes it, refusing before any arithmetic what could be costly or lossy. */
  public static BigDecimal parse(String field, String text) {
    if (text == null || !PLAIN.matcher(text).matches()) {
      throw new InvalidInput(field, "must be a plain decimal such as \"12168.71\": digits, at most one '.', no "
          + "exponent, at most 15 digits before the point");
    }
    return new BigDecimal(text);
  }

  public static Money zero(String currency) {
    return new Money(BigDecimal.ZERO.setScale(2), currency);
  }

  public Money {
    int digits = 2;
    if (currency != null) {
      try {
        digits = Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
      } catch (IllegalArgumentException unknown) {
        throw new InvalidInput("currency", "must be an ISO 4217 currency code such as RUB, EUR or USD");
      }
    }
    if (amount != null) {
      if (amount.precision() - amount.scale() > 15) {
        throw new InvalidInput("amount", "must be below 1000000000000000");
      }
      if (amount.stripTrailingZeros().scale() > digits) {
        throw new InvalidInput("amount", digits == 0 ? "must be whole " + currency
            : "must have at most " + digits + " decimals in " + currency);
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
