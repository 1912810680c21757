package com.disputedesk.sla;

import com.disputedesk.common.InvalidInput;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/business-calendar")
@Tag(name = "Operations: business calendar", description = "Role OPS_LEAD")
class BusinessCalendarController {
  record ClosureBody(LocalDate day, String description) {}

  record CalendarBody(String country, String zone, List<ClosureBody> closures) {}

  private final BusinessCalendar calendar;
  private final BusinessCalendarStore store;
  private final Clock clock;

  BusinessCalendarController(BusinessCalendar calendar, BusinessCalendarStore store, Clock clock) {
    this.calendar = calendar;
    this.store = store;
    this.clock = clock;
  }

  @GetMapping
  CalendarBody get() {
    BusinessCalendar.Settings s = calendar.settings();
    return new CalendarBody(s.country(), s.zone().getId(),
        s.closures().stream().map(c -> new ClosureBody(c.day(), c.description())).toList());
  }

  @PutMapping
  @Transactional
  CalendarBody put(@RequestBody CalendarBody body, Principal user) {
    if (body.country() == null || !PublicHolidays.isSupported(body.country())) {
      throw new InvalidInput("country", "must be a country code known to the holiday library, such as RU or DE");
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(body.zone() == null ? "Europe/Moscow" : body.zone());
    } catch (DateTimeException e) {
      throw new InvalidInput("zone", "must be a time zone id such as Europe/Moscow");
    }
    List<ClosureBody> closures = body.closures() == null ? List.of() : body.closures();
    if (closures.stream().map(ClosureBody::day).distinct().count() != closures.size()) {
      throw new InvalidInput("closures", "each day may be closed only once");
    }
    for (ClosureBody c : closures) {
      if (c.day() == null || c.description() == null || c.description().isBlank()) {
        throw new InvalidInput("closures", "each closure needs a day and a description");
      }
    }
    store.save(body.country().toUpperCase(), zone,
        closures.stream().map(c -> new BusinessCalendar.Closure(c.day(), c.description().strip())).toList(),
        user.getName(), clock.instant());
    calendar.changed();
    return get();
  }
}
