package com.disputedesk.sla.ui;

import com.disputedesk.sla.SlaCalendar;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A policy's duration as a number and a unit that fits its calendar (days on day calendars, hours or minutes on the
 * clock), so no lead ever types an ISO code; {@link #iso()} is what the policy stores.
 */
class DurationInput extends HorizontalLayout {
  final IntegerField amount = new IntegerField();
  final Select<String> unit = new Select<>();

  DurationInput(String iso, SlaCalendar calendar) {
    amount.setLabel(getTranslation("sla.duration"));
    amount.setMin(1);
    amount.setMax(3650);
    amount.setStepButtonsVisible(true);
    amount.setWidth("9em");
    unit.setLabel(getTranslation("sla.unit"));
    unit.setItemLabelGenerator(u -> getTranslation("sla.unit." + u));
    setAlignItems(Alignment.BASELINE);
    add(amount, unit);
    fitTo(calendar);
    read(iso, calendar);
  }

  /** Offers the units of the calendar; a value in days becomes hours on the clock and back, keeping the number. */
  void fitTo(SlaCalendar calendar) {
    List<String> units = calendar == SlaCalendar.CLOCK ? List.of("HOURS", "MINUTES") : List.of(calendar.name());
    String chosen = unit.getValue();
    unit.setItems(units);
    unit.setValue(chosen != null && units.contains(chosen) ? chosen : units.get(0));
    unit.setVisible(units.size() > 1); // days on a day calendar: the calendar already says which days
    amount.setSuffixComponent(units.size() > 1 ? null
        : new com.vaadin.flow.component.html.Span(getTranslation("sla.unit." + units.get(0))));
  }

  /** The ISO-8601 duration the policy stores, or null while the number is missing or out of range. */
  String iso() {
    Integer n = amount.getValue();
    if (n == null || n < 1 || n > 3650 || unit.getValue() == null) {
      return null;
    }
    return switch (unit.getValue()) {
      case "HOURS" -> Duration.ofHours(n).toString();
      case "MINUTES" -> Duration.ofMinutes(n).toString();
      default -> Period.ofDays(n).toString();
    };
  }

  private void read(String iso, SlaCalendar calendar) {
    try {
      if (calendar == SlaCalendar.CLOCK) {
        Duration d = Duration.parse(iso);
        boolean hours = d.toMinutesPart() == 0;
        unit.setValue(hours ? "HOURS" : "MINUTES");
        amount.setValue((int) (hours ? d.toHours() : d.toMinutes()));
      } else {
        amount.setValue(Period.parse(iso).getDays());
      }
    } catch (DateTimeParseException | ArithmeticException unreadable) {
      amount.clear();
    }
  }
}
