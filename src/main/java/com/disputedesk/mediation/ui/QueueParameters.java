package com.disputedesk.mediation.ui;

import com.disputedesk.dispute.DisputeReason;
import com.disputedesk.worklist.SavedFilter;
import com.disputedesk.worklist.WorkQueueQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mediation queue's view as URL query parameters ({@code q, reason, stage, currency, sort, desc, mine,
 * overdue, breached}), written and read back; what cannot be read is left out, never an error page.
 */
final class QueueParameters {
  private QueueParameters() {}

  /** A queue's filters and order as query parameters (defaults left out). */
  static Map<String, String> of(SavedFilter f, boolean descending) {
    Map<String, String> p = new LinkedHashMap<>();
    put(p, "q", f.text());
    put(p, "reason", f.reason());
    put(p, "stage", f.stage());
    put(p, "currency", f.currency());
    if (f.sort() != null && f.sort() != WorkQueueQuery.Sort.SLA_DUE || descending) {
      p.put("sort", f.sort() == null ? WorkQueueQuery.Sort.SLA_DUE.name() : f.sort().name());
    }
    if (descending) {
      p.put("desc", "true");
    }
    if (f.mine()) {
      p.put("mine", "true");
    }
    if (f.evidenceOverdue()) {
      p.put("overdue", "true");
    }
    if (f.breached()) {
      p.put("breached", "true");
    }
    return p;
  }

  /** Reads what {@link #of} wrote; unknown or broken values are ignored, never an error page. */
  static SavedFilter filter(Map<String, List<String>> p) {
    String stageCode = first(p, "stage");
    String currencyCode = first(p, "currency");
    return new SavedFilter(null, first(p, "q"), parse(DisputeReason.class, first(p, "reason")) == null ? null
        : first(p, "reason"), stageCode != null && QueueFilterBar.STAGES.contains(stageCode) ? stageCode : null,
        currencyCode != null && currencyCode.matches("[A-Z]{3}") ? currencyCode : null, flag(p, "mine"),
        flag(p, "overdue"), flag(p, "breached"), parse(WorkQueueQuery.Sort.class, first(p, "sort")));
  }

  /** {@code ?breached} and {@code ?breached=true} are on; {@code =false} or any other word is off. */
  static boolean flag(Map<String, List<String>> p, String key) {
    List<String> values = p.get(key);
    return values != null && (values.isEmpty() || values.get(0).isEmpty() || "true".equals(values.get(0)));
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

  static <E extends Enum<E>> E parse(Class<E> type, String name) {
    try {
      return name == null ? null : Enum.valueOf(type, name);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
