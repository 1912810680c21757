package com.disputedesk.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** A query as SQL over the index: exact keys through {@code case_key}'s B-tree, free text as words (full text). */
final class CaseSearchSql {
  /** A last word this short is matched whole, never as a beginning: "a" would start half the dictionary. */
  static final int MIN_PREFIX = 2;

  final String where;
  final boolean exact;
  final Map<String, Object> params = new LinkedHashMap<>();

  /**
   * {@code exact}: the text is some case's exact key (an id, an order, a party, a tracking number, a coupon code),
   * so only those cases match; otherwise it is free text, matched anywhere in the indexed words.
   */
  CaseSearchSql(CaseQuery q, Collection<CaseKind> kinds, Instant now, boolean exact) {
    this.exact = exact;
    // one who may open every kind needs no kind condition: a count of words is then read from the index alone
    StringBuilder w = new StringBuilder(kinds.containsAll(java.util.EnumSet.allOf(CaseKind.class)) ? "true"
        : "kind = any(:kinds)");
    params.put("kinds", kinds.stream().map(Enum::name).toArray(String[]::new));
    if (q.text() != null) {
      String words = words(q.text());
      if (exact || words.isEmpty()) {
        w.append(" and case_id in (select case_id from case_key where key = :key)");
        params.put("key", CaseIndex.lower(q.text()));
      } else {
        w.append(" and search_words @@ to_tsquery('simple', :words)");
        params.put("words", words);
      }
    }
    if (q.kind() != null) {
      w.append(" and kind = :kind");
      params.put("kind", q.kind().name());
    }
    if (q.open() != null) {
      w.append(" and open = :open");
      params.put("open", q.open());
    }
    add(w, "status", q.status());
    add(w, "reason", q.reason());
    add(w, "outcome", q.outcome());
    add(w, "decided_by", q.decidedBy());
    if (q.openedFrom() != null) {
      w.append(" and opened_at >= :from");
      params.put("from", Timestamp.from(q.openedFrom()));
    }
    if (q.openedBefore() != null) {
      w.append(" and opened_at < :before");
      params.put("before", Timestamp.from(q.openedBefore()));
    }
    if (q.breached()) {
      w.append(" and open and sla_due_at < :now");
      params.put("now", Timestamp.from(now));
    }
    this.where = w.toString();
  }

  /**
   * Free text as a full-text query: every word must be there, the last one may be the beginning of a word unless the
   * text ends with a space ("store 42 " is store 42, "store 42" also store 420). Words are letters and digits, as
   * the index splits them; anything else separates words, so nothing typed is tsquery syntax.
   */
  static String words(String text) {
    String[] parts = text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    java.util.List<String> words = java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).toList();
    if (words.isEmpty()) {
      return "";
    }
    String last = words.get(words.size() - 1);
    boolean whole = Character.isWhitespace(text.charAt(text.length() - 1)) || last.length() < MIN_PREFIX;
    return String.join(" & ", words) + (whole ? "" : ":*");
  }

  String rows() {
    return "case_index where " + where;
  }

  static String orderBy(CaseQuery.Sort sort) {
    return switch (sort) {
      case NEWEST -> "opened_at desc, case_id desc";
      case OLDEST -> "opened_at, case_id";
      case DUE -> "sla_due_at nulls last, case_id";
      case DECIDED -> "decided_at desc nulls last, case_id";
      case AMOUNT -> "amount desc nulls last, case_id";
    };
  }

  private void add(StringBuilder w, String column, String value) {
    if (value != null) {
      w.append(" and ").append(column).append(" = :").append(column);
      params.put(column, value);
    }
  }
}
