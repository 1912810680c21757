package com.disputedesk.notification;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How values read in emails to parties and staff: dates as "16 December 2026, 17:44 UTC" (the recipient's time
 * zone is not known, so always UTC and said so), money with its currency, codes as words ("empty package").
 */
final class EmailText {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private EmailText() {}

  static String when(Instant instant) {
    return instant == null ? "—" : WHEN.format(instant);
  }

  static String money(BigDecimal amount, Object currency) {
    var format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    return format.format(amount) + " " + currency;
  }

  /** {@code EMPTY_PACKAGE} → "empty package". */
  static String label(Object code) {
    return code == null ? "—" : code.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
