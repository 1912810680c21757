package com.disputedesk.sla;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Public holidays of one country from Jollyday, memoised per day (timers ask about the same days again and again). */
final class PublicHolidays {
  private final HolidayManager manager;
  private final Map<LocalDate, Boolean> known = new ConcurrentHashMap<>();

  PublicHolidays(String country) {
    this.manager = HolidayManager.getInstance(ManagerParameters.create(country));
  }

  static boolean isSupported(String country) {
    return HolidayManager.getSupportedCalendarCodes().contains(country.toLowerCase())
        || HolidayManager.getSupportedCalendarCodes().contains(country.toUpperCase());
  }

  boolean isHoliday(LocalDate day) {
    return known.computeIfAbsent(day, d -> manager.isHoliday(d));
  }
}
