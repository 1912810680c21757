package com.disputedesk.workspace;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a person chose in the workspace (language, a queue's columns), kept across sign-ins and browsers. */
@Service
public class Preferences {
  private final JdbcClient jdbc;
  private final Clock clock;

  Preferences(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Optional<String> get(String username, String name) {
    return jdbc.sql("select value from user_preference where username = ? and name = ?").params(username, name)
        .query(String.class).optional();
  }

  @Transactional
  public void set(String username, String name, String value) {
    jdbc.sql("""
            insert into user_preference (username, name, value, changed_at) values (?, ?, ?, ?)
            on conflict (username, name) do update set value = excluded.value, changed_at = excluded.changed_at""")
        .params(username, name, value, Timestamp.from(clock.instant())).update();
  }
}
