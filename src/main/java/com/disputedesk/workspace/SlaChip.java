package com.disputedesk.workspace;

import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;

/** An SLA countdown: green, amber once a quarter or less is left, red when breached; the due time as a tooltip. */
public final class SlaChip {
  private SlaChip() {}

  /** {@code dueAt} null: no deadline runs (a resolved or closed case) and the chip says so. */
  public static Span of(Instant startedAt, Instant dueAt, Instant now) {
    Span chip = new Span();
    chip.addClassName("dd-sla");
    if (dueAt == null) {
      chip.setText("—");
      chip.getElement().setAttribute("title", Labels.translate("sla.chip.none"));
      return chip;
    }
    Duration left = Duration.between(now, dueAt);
    double share = startedAt == null ? 1
        : left.toMillis() / (double) Math.max(1, Duration.between(startedAt, dueAt).toMillis());
    chip.addClassName(left.isNegative() ? "dd-sla-breached" : share <= 0.25 ? "dd-sla-warning" : "dd-sla-ok");
    chip.setText(format(left));
    var ui = com.vaadin.flow.component.UI.getCurrent();
    String due = Formats.dateTime(dueAt, ui == null ? java.util.Locale.ENGLISH : ui.getLocale());
    chip.getElement().setAttribute("title", Labels.translate(left.isNegative() ? "sla.chip.overdue" : "sla.chip.due",
        due));
    return chip;
  }

  /** "2d 4h", "3h 20m", or "-1d 2h" when overdue, in the user's language ("2 д 4 ч"). */
  public static String format(Duration left) {
    Duration abs = left.abs();
    String sign = left.isNegative() ? "−" : "";
    if (abs.toDays() > 0) {
      return sign + Labels.translate("sla.chip.days", abs.toDays(), abs.toHoursPart());
    }
    return sign + Labels.translate("sla.chip.hours", abs.toHours(), abs.toMinutesPart());
  }
}
