package com.disputedesk.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SlaPolicyStore {
  private static final String COLUMNS = "policy_key, duration, calendar, description, updated_at, updated_by";
  private final JdbcClient jdbc;

  SlaPolicyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<SlaPolicy> find(String key) {
    return jdbc.sql("select " + COLUMNS + " from sla_policy where policy_key = ?").param(key).query(this::map).optional();
  }

  List<SlaPolicy> all() {
    return jdbc.sql("select " + COLUMNS + " from sla_policy order by policy_key").query(this::map).list();
  }

  void update(String key, String duration, SlaCalendar calendar, String actor, Instant at) {
    jdbc.sql("update sla_policy set duration = ?, calendar = ?, updated_at = ?, updated_by = ? where policy_key = ?")
        .params(duration, calendar.name(), Timestamp.from(at), actor, key)
        .update();
  }

  void audit(SlaPolicy old, String duration, SlaCalendar calendar, String actor, Instant at) {
    jdbc.sql("""
            insert into sla_policy_change (policy_key, old_duration, old_calendar, new_duration, new_calendar,
              changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(old.key(), old.duration(), old.calendar().name(), duration, calendar.name(), actor, Timestamp.from(at))
        .update();
  }

  List<PolicyChange> history(int limit) {
    return jdbc.sql("select * from sla_policy_change order by id desc limit ?").param(limit)
        .query((rs, n) -> new PolicyChange(rs.getString("policy_key"), rs.getString("old_duration"),
            SlaCalendar.valueOf(rs.getString("old_calendar")), rs.getString("new_duration"),
            SlaCalendar.valueOf(rs.getString("new_calendar")), rs.getString("changed_by"),
            rs.getTimestamp("changed_at").toInstant(), rs.getInt("timers_moved")))
        .list();
  }

  private SlaPolicy map(ResultSet rs, int row) throws SQLException {
    Timestamp updated = rs.getTimestamp("updated_at");
    return new SlaPolicy(rs.getString("policy_key"), rs.getString("duration"),
        SlaCalendar.valueOf(rs.getString("calendar")), rs.getString("description"),
        updated == null ? null : updated.toInstant(), rs.getString("updated_by"));
  }
}
