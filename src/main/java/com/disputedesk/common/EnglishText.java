package com.disputedesk.common;

import java.util.regex.Pattern;

/**
 * Free text from parties is English: the marketplace translates before calling us (DOMAIN.md §1). Text without a
 * single Latin letter was not translated, so it is refused with a clear message instead of reaching a mediator.
 */
public final class EnglishText {
  private static final Pattern LATIN_LETTER = Pattern.compile("[A-Za-z]");

  private EnglishText() {}

  public static boolean isEnglish(String text) {
    return text != null && LATIN_LETTER.matcher(SafeText.visiblePart(text)).find();
  }

  /** Returns the trimmed text, or throws a field error naming {@code field}. */
  public static String require(String field, String text, int maxLength) {
    if (text == null || SafeText.visiblePart(text).isBlank()) {
      throw new InvalidInput(field, "must not be empty");
    }
    text = SafeText.accept(field, text);
    String trimmed = text.strip();
    if (trimmed.length() > maxLength) {
      throw new InvalidInput(field, "must be at most " + maxLength + " characters (it has " + trimmed.length() + ")");
    }
    if (!isEnglish(trimmed)) {
      throw new InvalidInput(field, "must be written in English (no Latin letters found)");
    }
    return trimmed;
  }

  /** The shortest explanation of a decision that can say why. */
  public static final int EXPLANATION_MIN = 15;

  /** Whether a decision's explanation says why: at least 15 characters and three words ("ok" does not). */
  public static boolean saysWhy(String text) {
    String t = text == null ? "" : text.strip();
    return t.length() >= EXPLANATION_MIN && t.split("\\s+").length >= 3;
  }

  /** Like {@link #require} but an absent text is fine. */
  public static String optional(String field, String text, int maxLength) {
    return text == null || text.isBlank() ? null : require(field, text, maxLength);
  }
}
