package com.disputedesk.worklist;

import com.disputedesk.common.InvalidInput;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each user's named queue filters; saving under an existing name replaces it. */
@Service
public class SavedFilters {
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  SavedFilters(JdbcClient jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  @Transactional
  public void save(String username, String queue, SavedFilter filter) {
    if (filter.name() == null || filter.name().isBlank() || filter.name().length() > 60) {
      throw new InvalidInput("name", "give the filter a name of 1 to 60 characters");
    }
    jdbc.sql("""
            insert into saved_filter (username, queue, name, filter, created_at) values (?, ?, ?, cast(? as jsonb), ?)
            on conflict (username, queue, name) do update set filter = excluded.filter""")
        .params(username, queue, filter.name().strip(), write(filter), Timestamp.from(clock.instant()))
        .update();
  }

  @Transactional(readOnly = true)
  public List<SavedFilter> of(String username, String queue) {
    return jdbc.sql("select filter::text from saved_filter where username = ? and queue = ? order by name")
        .params(username, queue).query(String.class).list().stream().map(this::read).toList();
  }

  @Transactional
  public void delete(String username, String queue, String name) {
    jdbc.sql("delete from saved_filter where username = ? and queue = ? and name = ?").params(username, queue, name)
        .update();
  }

  private String write(SavedFilter filter) {
    try {
      return json.writeValueAsString(filter);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private SavedFilter read(String text) {
    try {
      return json.readValue(text, SavedFilter.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
