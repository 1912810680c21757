package com.disputedesk.sla;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BusinessCalendarStore {
  private final JdbcClient jdbc;
  private final Map<String, PublicHolidays> holidaysByCountry = new ConcurrentHashMap<>();

  BusinessCalendarStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  BusinessCalendar.CalendarSnapshot load(Instant now) {
    Map<String, Object> row = jdbc.sql("select country, zone from business_calendar where id = 1").query().singleRow();
    String country = (String) row.get("country");
    List<BusinessCalendar.Closure> closures = closures();
    var days = new HashSet<LocalDate>();
    closures.forEach(c -> days.add(c.day()));
    return new BusinessCalendar.CalendarSnapshot(country, ZoneId.of((String) row.get("zone")), days,
        holidaysByCountry.computeIfAbsent(country, PublicHolidays::new), now);
  }

  List<BusinessCalendar.Closure> closures() {
    return jdbc.sql("select day, description from calendar_closure order by day")
        .query((rs, n) -> new BusinessCalendar.Closure(rs.getDate(1).toLocalDate(), rs.getString(2)))
        .list();
  }

  void save(String country, ZoneId zone, List<BusinessCalendar.Closure> closures, String actor, Instant at) {
    jdbc.sql("update business_calendar set country = ?, zone = ?, updated_at = ?, updated_by = ? where id = 1")
        .params(country, zone.getId(), Timestamp.from(at), actor)
        .update();
    jdbc.sql("delete from calendar_closure").update();
    for (BusinessCalendar.Closure c : closures) {
      jdbc.sql("insert into calendar_closure (day, description, created_by, created_at) values (?, ?, ?, ?)")
          .params(Date.valueOf(c.day()), c.description(), actor, Timestamp.from(at))
          .update();
    }
  }
}
