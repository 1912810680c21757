package com.disputedesk.sla;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Working days: not Saturday or Sunday, not a public holiday of the configured country (Jollyday), not a custom
 * closure. Reads a snapshot refreshed every 30 s (or at once after a local change), so other nodes follow edits.
 */
@Service
public class BusinessCalendar {
  private static final Duration REFRESH = Duration.ofSeconds(30);
  private final BusinessCalendarStore store;
  private final Clock clock;
  private volatile CalendarSnapshot snapshot;

  BusinessCalendar(BusinessCalendarStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public record Settings(String country, ZoneId zone, List<Closure> closures) {}

  public record Closure(LocalDate day, String description) {}

  public Settings settings() {
    CalendarSnapshot s = current();
    return new Settings(s.country(), s.zone(), store.closures());
  }

  /** Country codes the holiday library knows, for the calendar screen. */
  public static java.util.List<String> supportedCountries() {
    return de.focus_shift.jollyday.core.HolidayManager.getSupportedCalendarCodes().stream()
        .map(String::toUpperCase).sorted().toList();
  }

  public ZoneId zone() {
    return current().zone();
  }

  public boolean isWorkingDay(LocalDate day) {
    return current().isWorkingDay(day);
  }

  public boolean isPublicHoliday(LocalDate day) {
    return current().isPublicHoliday(day);
  }

  /** Same local time, {@code days} calendar days later in the business zone (a DST shift keeps the wall clock). */
  public Instant plusCalendarDays(Instant start, int days) {
    return start.atZone(zone()).plusDays(days).toInstant();
  }

  /** Same local time on the {@code days}-th working day after the start's date. */
  public Instant plusWorkingDays(Instant start, int days) {
    CalendarSnapshot s = current();
    ZonedDateTime from = start.atZone(s.zone());
    LocalDate day = from.toLocalDate();
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      if (s.isWorkingDay(day)) {
        counted++;
      }
    }
    // count on dates, then put the start's wall-clock time back once: stepping a ZonedDateTime through a DST gap
    // would carry the shifted hour into every later day
    return ZonedDateTime.of(day, from.toLocalTime(), s.zone()).toInstant();
  }

  void changed() {
    snapshot = null;
  }

  private CalendarSnapshot current() {
    CalendarSnapshot s = snapshot;
    if (s == null || s.loadedAt().plus(REFRESH).isBefore(Instant.now())) {
      s = store.load(Instant.now());
      snapshot = s;
    }
    return s;
  }

  static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  record CalendarSnapshot(String country, ZoneId zone, Set<LocalDate> closures, PublicHolidays holidays,
      Instant loadedAt) {
    boolean isWorkingDay(LocalDate day) {
      return !isWeekend(day) && !closures.contains(day) && !holidays.isHoliday(day);
    }

    boolean isPublicHoliday(LocalDate day) {
      return holidays.isHoliday(day);
    }
  }
}
