package com.disputedesk.sla;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/business-calendar")
@Tag(name = "Operations: business calendar", description = "Role OPS_LEAD")
class BusinessCalendarController {
  record ClosureBody(LocalDate day, String description) {}

  record CalendarBody(String country, String zone, List<ClosureBody> closures) {}

  private final BusinessCalendar calendar;
  private final CalendarChanges changes;

  BusinessCalendarController(BusinessCalendar calendar, CalendarChanges changes) {
    this.calendar = calendar;
    this.changes = changes;
  }

  @GetMapping
  CalendarBody get() {
    BusinessCalendar.Settings s = calendar.settings();
    return new CalendarBody(s.country(), s.zone().getId(),
        s.closures().stream().map(c -> new ClosureBody(c.day(), c.description())).toList());
  }

  /** Changes the calendar; {@code retime=true} also moves running working-day timers to it. */
  @PutMapping
  CalendarBody put(@RequestBody CalendarBody body, @RequestParam(defaultValue = "false") boolean retime,
      Principal user) {
    List<ClosureBody> closures = body.closures() == null ? List.of() : body.closures();
    changes.change(body.country(), body.zone(), closures.stream()
        .map(c -> new BusinessCalendar.Closure(c.day(), c.description())).toList(), user.getName(), retime);
    return get();
  }
}
