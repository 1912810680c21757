package com.disputedesk.common;

import java.text.Normalizer;
import java.util.Optional;

/**
 * What any text from outside may contain. Control characters (NUL and the other C0 and C1 controls, except tab and
 * line breaks) and bidirectional overrides and isolates (which make "exe.gnp" read as "png.exe") are refused; text
 * made only of invisible characters is refused; accepted text is stored in Unicode NFC, so "é" is one form.
 */
public final class SafeText {
  private SafeText() {}

  /** Why {@code text} is refused, in the caller's terms; empty when it is acceptable. */
  public static Optional<String> problem(String text) {
    boolean visible = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c < 0xa0)) {
        return Optional.of(String.format("must not contain control characters (found U+%04X)", c));
      }
      if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
        return Optional.of(String.format("must not contain bidirectional override characters (found U+%04X)", c));
      }
      if (Character.getType(c) == Character.SURROGATE) {
        return Optional.of("must be valid Unicode (found an unpaired surrogate)");
      }
      visible |= !invisible(c);
    }
    return !text.isEmpty() && !visible && !text.isBlank()
        ? Optional.of("must contain visible characters, not only invisible ones") : Optional.empty();
  }

  /** The text in NFC, or an {@link InvalidInput} naming {@code field}. */
  public static String accept(String field, String text) {
    if (text == null) {
      return null;
    }
    problem(text).ifPresent(message -> {
      throw new InvalidInput(field, message);
    });
    return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text,
        Normalizer.Form.NFC);
  }

  /** Zero-width and other format characters, and white space. */
  static boolean invisible(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
        || c == 0x115f || c == 0x1160 || c == 0x3164 || c == 0xffa0;
  }

  /** The text without invisible characters: what "contains a Latin letter" is decided on. */
  static String visiblePart(String text) {
    StringBuilder visible = new StringBuilder(text.length());
    text.codePoints().filter(c -> !invisible(c) || c == ' ').forEach(visible::appendCodePoint);
    return visible.toString();
  }
}
