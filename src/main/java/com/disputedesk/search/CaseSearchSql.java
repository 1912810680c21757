package com.disputedesk.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A query as SQL over the index, its rows named {@code c}: exact keys through {@code case_key}'s B-tree, free text as
 * words (full text, or {@link WordPostings}).
 */
final class CaseSearchSql {
  /** Everything but the text, "true" when nothing narrows: the roles' kinds and the filters. */
  final String filters;
  /** The filters and the text. */
  final String where;
  final boolean exact;
  /** The text's words when it is free text, else null. */
  final FreeText free;
  final Map<String, Object> params = new LinkedHashMap<>();

  /**
   * {@code exact}: the text is some case's exact key (an id, an order, a party, a tracking number, a coupon code),
   * so only those cases match; otherwise it is free text, matched anywhere in the indexed words.
   */
  CaseSearchSql(CaseQuery q, Collection<CaseKind> kinds, Instant now, boolean exact) {
    this.exact = exact;
    this.free = q.text() == null || exact ? null : FreeText.of(q.text());
    // one who may open every kind needs no kind condition: a count of words is then read from an index alone
    StringBuilder f = new StringBuilder(kinds.containsAll(EnumSet.allOf(CaseKind.class)) ? "true"
        : "c.kind = any(:kinds)");
    params.put("kinds", kinds.stream().map(Enum::name).toArray(String[]::new));
    if (q.kind() != null) {
      f.append(" and c.kind = :kind");
      params.put("kind", q.kind().name());
    }
    if (q.open() != null) {
      f.append(" and c.open = :open");
      params.put("open", q.open());
    }
    add(f, "status", q.status());
    add(f, "reason", q.reason());
    add(f, "outcome", q.outcome());
    add(f, "decided_by", q.decidedBy());
    if (q.openedFrom() != null) {
      f.append(" and c.opened_at >= :from");
      params.put("from", Timestamp.from(q.openedFrom()));
    }
    if (q.openedBefore() != null) {
      f.append(" and c.opened_at < :before");
      params.put("before", Timestamp.from(q.openedBefore()));
    }
    if (q.breached()) {
      f.append(" and c.open and c.sla_due_at < :now");
      params.put("now", Timestamp.from(now));
    }
    this.filters = f.toString();
    StringBuilder w = new StringBuilder(filters);
    if (free != null) {
      w.append(" and c.search_words @@ to_tsquery('simple', :words)");
      params.put("words", free.tsquery());
    } else if (q.text() != null) {
      // an exact key, or a text without a word ("%%%"): only a case with exactly this key
      w.append(" and c.case_id in (select case_id from case_key where key = :key)");
      params.put("key", CaseIndex.lower(q.text()));
    }
    this.where = w.toString();
  }

  /** Free text as a full-text query over {@code search_words}, or "" when the text has no words. */
  static String words(String text) {
    FreeText free = FreeText.of(text);
    return free == null ? "" : free.tsquery();
  }

  String rows() {
    return "case_index c where " + where;
  }

  static String orderBy(CaseQuery.Sort sort) {
    return switch (sort) {
      case NEWEST -> "c.opened_at desc, c.case_id desc";
      case OLDEST -> "c.opened_at, c.case_id";
      case DUE -> "c.sla_due_at nulls last, c.case_id";
      case DECIDED -> "c.decided_at desc nulls last, c.case_id";
      case AMOUNT -> "c.amount desc nulls last, c.case_id";
    };
  }

  private void add(StringBuilder w, String column, String value) {
    if (value != null) {
      w.append(" and c.").append(column).append(" = :").append(column);
      params.put(column, value);
    }
  }
}
