package com.disputedesk.reply;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's values for a template's placeholders, written as the parties read them (English, like every explanation):
 * {@code 1250.00 RUB}, {@code 9 December 2026}. A value not known yet (no refund typed) leaves its placeholder in the
 * text, so the person sees what is still to write.
 */
public record ReplyValues(String buyer, BigDecimal refund, String currency, String order, Instant deadline) {
  public static final java.util.List<String> PLACEHOLDERS = java.util.List.of("buyer", "refund", "order", "deadline");
  static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
      .withZone(ZoneOffset.UTC);

  public String fill(String body) {
    Map<String, String> values = values();
    Matcher m = PLACEHOLDER.matcher(body);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    put(values, "buyer", buyer);
    put(values, "refund", refund == null ? null : refund.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
        + (currency == null ? "" : " " + currency));
    put(values, "order", order);
    put(values, "deadline", deadline == null ? null : DATE.format(deadline));
    return values;
  }

  private static void put(Map<String, String> values, String key, String value) {
    if (value != null && !value.isBlank()) {
      values.put(key, value);
    }
  }
}
