package com.disputedesk.workspace;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Money and time in the user's locale; money always in the case's currency; times in the zone of the user's
 * browser ({@link BrowserZone}), or the business calendar's Moscow when the browser did not say.
 */
public final class Formats {
  static final ZoneId FALLBACK_ZONE = ZoneId.of("Europe/Moscow");

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

  /** "₽", "$", "€": the currency's sign in the user's language (the code where there is none). */
  public static String currencySign(String currency, Locale locale) {
    try {
      return Currency.getInstance(currency).getSymbol(locale);
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return currency == null ? "" : currency;
    }
  }

  public static String dateTime(Instant instant, Locale locale) {
    return dateTime(instant, locale, zone());
  }

  public static String dateTime(Instant instant, Locale locale, ZoneId zone) {
    return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale).withZone(zone).format(instant);
  }

  /** The zone times are shown in for the current user. */
  public static ZoneId zone() {
    var session = com.vaadin.flow.server.VaadinSession.getCurrent();
    ZoneId zone = session == null ? null : session.getAttribute(ZoneId.class);
    return zone == null ? FALLBACK_ZONE : zone;
  }
}
