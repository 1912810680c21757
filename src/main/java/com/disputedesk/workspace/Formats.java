package com.disputedesk.workspace;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Money and time in the user's locale; money always in the case's currency. */
public final class Formats {
  private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

  private Formats() {}

  public static String money(BigDecimal amount, String currency, Locale locale) {
    if (amount == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    try {
      format.setCurrency(Currency.getInstance(currency));
    } catch (IllegalArgumentException | NullPointerException e) {
      return amount.toPlainString() + " " + currency;
    }
    return format.format(amount);
  }

  public static String dateTime(Instant instant, Locale locale) {
    return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale).withZone(ZONE).format(instant);
  }
}
