package com.disputedesk.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Free text as words: every word must be there; the last one may be the beginning of a word ("wireless earb") unless
 * the text ends with a space or the word is a number. A number is what it says: "store 42" is store 42, not every
 * order, party or amount beginning with 42 (in SearchBenchmark's data that was 140 000 cases for a store's 2 200).
 * Words are letters and digits, as the index splits them; anything else separates words, so nothing typed is query
 * syntax.
 */
record FreeText(List<String> words, boolean lastBegun) {
  /** A last word this short is matched whole, never as a beginning: "a" would start half the dictionary. */
  static final int MIN_PREFIX = 2;

  /** The text's words, or null when it has none. */
  static FreeText of(String text) {
    List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(p -> !p.isEmpty()).toList();
    if (words.isEmpty()) {
      return null;
    }
    String last = words.get(words.size() - 1);
    boolean whole = Character.isWhitespace(text.charAt(text.length() - 1)) || last.length() < MIN_PREFIX
        || last.chars().allMatch(Character::isDigit);
    return new FreeText(words, !whole);
  }

  /** As a full-text query over {@code search_words}. */
  String tsquery() {
    return String.join(" & ", words) + (lastBegun ? ":*" : "");
  }

  /** The words that must be there whole. */
  List<String> wholeWords() {
    return lastBegun ? words.subList(0, words.size() - 1) : words;
  }

  /** The begun last word, or null. */
  String begun() {
    return lastBegun ? words.get(words.size() - 1) : null;
  }
}
