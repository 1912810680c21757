package com.disputedesk.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** A query as SQL over the index: exact keys by the GIN array index, free text by the trigram index. */
final class CaseSearchSql {
  /** Shorter text cannot use trigrams and would scan: it only matches exact keys. */
  static final int MIN_FREE_TEXT = 3;

  final String where;
  final boolean exact;
  final Map<String, Object> params = new LinkedHashMap<>();

  /**
   * {@code exact}: the text is some case's exact key (an id, an order, a party, a tracking number, a coupon code),
   * so only those cases match; otherwise it is free text, matched anywhere in the indexed words.
   */
  CaseSearchSql(CaseQuery q, Collection<CaseKind> kinds, Instant now, boolean exact) {
    this.exact = exact;
    StringBuilder w = new StringBuilder("kind = any(:kinds)");
    params.put("kinds", kinds.stream().map(Enum::name).toArray(String[]::new));
    if (q.text() != null) {
      String key = CaseIndex.lower(q.text());
      if (exact || key.length() < MIN_FREE_TEXT) {
        w.append(" and keys @> cast(:key as text[])");
        params.put("key", new String[] {key});
      } else {
        w.append(" and search_text like :pattern");
        params.put("pattern", "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
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
   * The matching rows. An exact key matches a handful of cases: they are fetched through the key's index first
   * ({@code offset 0} keeps the planner from walking the date index in the hope of meeting them early, which for a
   * rare key reads every row); free text is left to the planner, which walks by date for common words.
   */
  String rows() {
    return exact ? "(select * from case_index where " + where + " offset 0) c" : "case_index where " + where;
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
