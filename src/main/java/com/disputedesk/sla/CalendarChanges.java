package com.disputedesk.sla;

import com.disputedesk.common.InvalidInput;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the business calendar (country for public holidays, zone, custom closures) and, when asked, re-times
 * the running timers of every working-day policy to the new calendar in the same transaction.
 */
@Service
public class CalendarChanges {
  private final BusinessCalendar calendar;
  private final BusinessCalendarStore store;
  private final SlaPolicies policies;
  private final Retiming retiming;
  private final Clock clock;

  CalendarChanges(BusinessCalendar calendar, BusinessCalendarStore store, SlaPolicies policies, Retiming retiming,
      Clock clock) {
    this.calendar = calendar;
    this.store = store;
    this.policies = policies;
    this.retiming = retiming;
    this.clock = clock;
  }

  /** Returns how many running timers moved (0 unless {@code retimeRunning}). */
  @Transactional
  public int change(String country, String zone, List<BusinessCalendar.Closure> closures, String actor,
      boolean retimeRunning) {
    if (country == null || !PublicHolidays.isSupported(country)) {
      throw new InvalidInput("country", "must be a country code known to the holiday library, such as RU or DE");
    }
    ZoneId zoneId;
    try {
      zoneId = ZoneId.of(zone == null ? "Europe/Moscow" : zone);
    } catch (DateTimeException e) {
      throw new InvalidInput("zone", "must be a time zone id such as Europe/Moscow");
    }
    if (closures.stream().anyMatch(c -> c.day() == null || c.description() == null || c.description().isBlank())) {
      throw new InvalidInput("closures", "each closure needs a day and a description");
    }
    if (closures.stream().map(BusinessCalendar.Closure::day).distinct().count() != closures.size()) {
      throw new InvalidInput("closures", "each day may be closed only once");
    }
    store.save(country.toUpperCase(), zoneId, closures.stream()
        .map(c -> new BusinessCalendar.Closure(c.day(), c.description().strip())).toList(), actor, clock.instant());
    calendar.changed();
    if (!retimeRunning) {
      return 0;
    }
    return policies.all().stream().filter(p -> p.calendar() == SlaCalendar.WORKING_DAYS)
        .mapToInt(p -> retiming.apply(p.key(), actor).moving()).sum();
  }
}
