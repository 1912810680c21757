package com.disputedesk.search.ui;

import com.disputedesk.search.CaseKind;
import com.disputedesk.search.CaseQuery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case search as URL query parameters ({@code q, kind, state, reason, outcome, decidedBy, from, to, breached,
 * sort}); what cannot be read is left out, never an error page.
 */
final class CaseParameters {
  private CaseParameters() {}

  record Values(String q, CaseKind kind, String state, String reason, String outcome, String decidedBy,
      LocalDate from, LocalDate to, boolean breached, CaseQuery.Sort sort) {}

  static Map<String, String> of(Values v) {
    Map<String, String> p = new LinkedHashMap<>();
    put(p, "q", v.q());
    put(p, "kind", v.kind() == null ? null : v.kind().name());
    put(p, "state", v.state());
    put(p, "reason", v.reason());
    put(p, "outcome", v.outcome());
    put(p, "decidedBy", v.decidedBy());
    put(p, "from", v.from() == null ? null : v.from().toString());
    put(p, "to", v.to() == null ? null : v.to().toString());
    if (v.breached()) {
      p.put("breached", "true");
    }
    if (v.sort() != null && v.sort() != CaseQuery.Sort.NEWEST) {
      p.put("sort", v.sort().name());
    }
    return p;
  }

  static Values read(Map<String, List<String>> p) {
    return new Values(first(p, "q"), parse(CaseKind.class, first(p, "kind")), code(first(p, "state")),
        code(first(p, "reason")), code(first(p, "outcome")), first(p, "decidedBy"), date(first(p, "from")),
        date(first(p, "to")), "true".equals(first(p, "breached")), parse(CaseQuery.Sort.class, first(p, "sort")));
  }

  private static String code(String s) {
    return s != null && s.matches("[A-Za-z_]{1,40}") ? s : null;
  }

  private static LocalDate date(String s) {
    try {
      return s == null ? null : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String first(Map<String, List<String>> p, String key) {
    List<String> values = p.get(key);
    return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
  }

  private static void put(Map<String, String> p, String key, String value) {
    if (value != null && !value.isBlank()) {
      p.put(key, value);
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String name) {
    try {
      return name == null ? null : Enum.valueOf(type, name);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
