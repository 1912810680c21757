package com.disputedesk.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends steps to a case's timeline inside the caller's transaction, so a step is recorded iff it happened. */
@Service
public class CaseTimeline {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private final JdbcClient jdbc;
  private final Clock clock;
  private final ObjectMapper json;
  private final ApplicationEventPublisher events;

  CaseTimeline(JdbcClient jdbc, Clock clock, ObjectMapper json, ApplicationEventPublisher events) {
    this.events = events;
    this.jdbc = jdbc;
    this.clock = clock;
    this.json = json;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void record(UUID caseId, String type, String actor, String actorRole, String summary,
      Map<String, ?> details) {
    jdbc.sql("""
            insert into case_event (case_id, type, actor, actor_role, occurred_at, summary, details)
            values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
        .params(caseId, type, actor, actorRole, Timestamp.from(clock.instant()), summary, write(details))
        .update();
    events.publishEvent(new CaseChanged(caseId));
  }

  /** A case past its personal-data retention: the entries stay, their actors become pseudonyms (id → pseudonym). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void pseudonymise(UUID caseId, Map<String, String> pseudonyms) {
    pseudonyms.forEach((id, pseudonym) -> jdbc.sql("update case_event set actor = ? where case_id = ? and actor = ?")
        .params(pseudonym, caseId, id).update());
    events.publishEvent(new CaseChanged(caseId));
  }

  @Transactional(readOnly = true)
  public List<TimelineEntry> of(UUID caseId) {
    return jdbc.sql("select id, case_id, type, actor, actor_role, occurred_at, summary, details::text from case_event "
            + "where case_id = ? order by id")
        .param(caseId)
        .query((rs, n) -> new TimelineEntry(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), read(rs.getString(8))))
        .list();
  }

  private String write(Map<String, ?> details) {
    try {
      return details == null || details.isEmpty() ? null : json.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("timeline details must be plain data", e);
    }
  }

  private Map<String, Object> read(String text) {
    try {
      return text == null ? Map.of() : json.readValue(text, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
