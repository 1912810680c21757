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
  final Map<String, Object> params = new LinkedHashMap<>();

  CaseSearchSql(CaseQuery q, Collection<CaseKind> kinds, Instant now) {
    StringBuilder w = new StringBuilder("kind = any(:kinds)");
    params.put("kinds", kinds.stream().map(Enum::name).toArray(String[]::new));
    if (q.text() != null) {
      String key = CaseIndex.lower(q.text());
      params.put("key", new String[] {key});
      if (key.length() >= MIN_FREE_TEXT) {
        w.append(" and (keys @> cast(:key as text[]) or search_text like :pattern)");
        params.put("pattern", "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      } else {
        w.append(" and keys @> cast(:key as text[])");
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
