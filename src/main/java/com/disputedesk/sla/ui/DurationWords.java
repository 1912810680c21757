package com.disputedesk.sla.ui;

import com.disputedesk.sla.SlaCalendar;
import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;

/** "5 working days", "4 hours", "15 календарных дней": a policy's duration as leads read it; ISO stays in the API. */
final class DurationWords {
  private DurationWords() {}

  static String of(Component where, String iso, SlaCalendar calendar) {
    try {
      if (calendar == SlaCalendar.CLOCK) {
        Duration d = Duration.parse(iso);
        long hours = d.toHours();
        int minutes = d.toMinutesPart();
        return minutes == 0 ? amount(where, hours, "HOURS") : hours == 0 ? amount(where, minutes, "MINUTES")
            : amount(where, hours, "HOURS") + " " + amount(where, minutes, "MINUTES");
      }
      return amount(where, Period.parse(iso).getDays(), calendar.name());
    } catch (DateTimeParseException notIso) {
      return iso;
    }
  }

  /** "1 day", "2 days"; in Russian the three plural forms ("1 день", "3 дня", "5 дней"). */
  static String amount(Component where, long n, String unit) {
    return where.getTranslation("sla.unit." + unit + "." + plural(n, language()), n);
  }

  private static String language() {
    var ui = com.vaadin.flow.component.UI.getCurrent();
    return ui == null ? "en" : ui.getLocale().getLanguage();
  }

  static String plural(long n, String language) {
    if (!"ru".equals(language)) {
      return n == 1 ? "one" : "many";
    }
    long tens = n % 100;
    long ones = n % 10;
    return ones == 1 && tens != 11 ? "one" : ones >= 2 && ones <= 4 && (tens < 12 || tens > 14) ? "few" : "many";
  }
}
