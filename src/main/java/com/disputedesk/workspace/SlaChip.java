package com.disputedesk.workspace;

import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;

/** An SLA countdown: green, amber once a quarter or less is left, red when breached. */
public final class SlaChip {
  private SlaChip() {}

  public static Span of(Instant startedAt, Instant dueAt, Instant now) {
    Span chip = new Span();
    chip.addClassName("dd-sla");
    if (dueAt == null) {
      chip.setText("—");
      return chip;
    }
    Duration left = Duration.between(now, dueAt);
    double share = startedAt == null ? 1
        : left.toMillis() / (double) Math.max(1, Duration.between(startedAt, dueAt).toMillis());
    chip.addClassName(left.isNegative() ? "dd-sla-breached" : share <= 0.25 ? "dd-sla-warning" : "dd-sla-ok");
    chip.setText(format(left));
    chip.getElement().setAttribute("title", "Due " + dueAt);
    return chip;
  }

  /** "2d 4h", "3h 20m", or "-1d 2h" when overdue. */
  public static String format(Duration left) {
    Duration abs = left.abs();
    String sign = left.isNegative() ? "-" : "";
    if (abs.toDays() > 0) {
      return sign + abs.toDays() + "d " + abs.toHoursPart() + "h";
    }
    return sign + abs.toHours() + "h " + abs.toMinutesPart() + "m";
  }
}
