package com.disputedesk.sla;

import com.disputedesk.common.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;

/** A named deadline: an ISO-8601 duration counted on a calendar. */
public record SlaPolicy(String key, String duration, SlaCalendar calendar, String description, Instant updatedAt,
    String updatedBy) {

  /** Checks that the duration fits the calendar: days for day calendars, a time amount for clock policies. */
  public static void validate(String duration, SlaCalendar calendar) {
    if (duration == null || calendar == null) {
      throw new InvalidInput("duration", "duration and calendar are both required");
    }
    try {
      if (calendar == SlaCalendar.CLOCK) {
        Duration d = Duration.parse(duration);
        if (d.isNegative() || d.isZero()) {
          throw new InvalidInput("duration", "must be longer than zero");
        }
      } else {
        Period p = Period.parse(duration);
        if (p.getYears() != 0 || p.getMonths() != 0 || p.getDays() <= 0 || p.getDays() > 3650) {
          throw new InvalidInput("duration", "must be a number of days such as P15D (1 to 3650)");
        }
      }
    } catch (DateTimeParseException e) {
      throw new InvalidInput("duration", calendar == SlaCalendar.CLOCK
          ? "must be an ISO-8601 duration such as PT4H"
          : "must be an ISO-8601 number of days such as P15D");
    }
  }

  /** The due instant of a deadline that starts at {@code start}. */
  public Instant dueFrom(Instant start, BusinessCalendar businessCalendar) {
    return switch (calendar) {
      case CLOCK -> start.plus(Duration.parse(duration));
      case CALENDAR_DAYS -> businessCalendar.plusCalendarDays(start, Period.parse(duration).getDays());
      case WORKING_DAYS -> businessCalendar.plusWorkingDays(start, Period.parse(duration).getDays());
    };
  }
}
