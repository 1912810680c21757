package com.disputedesk.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends integration events inside the transaction of the change they report (no change without its event, no
 * event without its change) and queues one delivery per subscribed endpoint in the same transaction.
 */
@Service
class EventLog {
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;
  private final WebhookDispatcher dispatcher;

  EventLog(JdbcClient jdbc, ObjectMapper json, Clock clock, WebhookDispatcher dispatcher) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.dispatcher = dispatcher;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public IntegrationEvent append(EventType type, UUID caseId, Object data) {
    // the upsert's row lock is held to commit: a case's next event gets its number only after this one committed
    int sequence = jdbc.sql("""
            insert into integration_case_sequence (case_id, last_sequence) values (?, 1)
            on conflict (case_id) do update set last_sequence = integration_case_sequence.last_sequence + 1
            returning last_sequence""").param(caseId).query(Integer.class).single();
    Instant now = clock.instant();
    IntegrationEvent event = new IntegrationEvent(UUID.randomUUID(), type.wireName(), now, caseId, sequence, data);
    long position = jdbc.sql("""
            insert into integration_event (id, type, case_id, case_sequence, occurred_at, body)
            values (?, ?, ?, ?, ?, ?) returning position""")
        .params(event.id(), event.type(), caseId, sequence, Timestamp.from(now), write(event))
        .query(Long.class).single();
    int queued = jdbc.sql("""
            insert into webhook_delivery (id, endpoint_id, event_position, case_id, case_sequence, status,
              next_attempt_at, created_at)
            select gen_random_uuid(), e.id, cast(? as bigint), cast(? as uuid), cast(? as int), 'PENDING',
              cast(? as timestamptz), cast(? as timestamptz) from webhook_endpoint e
            where e.enabled and (cardinality(e.event_types) = 0 or ? = any (e.event_types))""")
        .params(position, caseId, sequence, Timestamp.from(now), Timestamp.from(now), type.wireName()).update();
    if (queued > 0) {
      dispatcher.wakeAfterCommit();
    }
    return event;
  }

  private String write(IntegrationEvent event) {
    try {
      return json.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("event data must be plain data", e);
    }
  }
}
