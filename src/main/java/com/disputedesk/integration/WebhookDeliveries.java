package com.disputedesk.integration;

import com.disputedesk.common.CaseNotFound;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What was delivered to an endpoint, attempt by attempt, and resending: one event, or everything since a time. */
@Service
public class WebhookDeliveries {
  public record WebhookAttempt(Instant at, Integer responseStatus, String responseExcerpt, String error, int durationMs) {}

  public record WebhookDelivery(UUID id, UUID eventId, String eventType, UUID caseId, int sequence, String status,
      int attempts, Instant createdAt, Instant nextAttemptAt, Instant finishedAt, List<WebhookAttempt> history) {}

  public record ResendResult(int queued) {}

  private final JdbcClient jdbc;
  private final WebhookEndpoints endpoints;
  private final Clock clock;
  private final WebhookDispatcher dispatcher;

  WebhookDeliveries(JdbcClient jdbc, WebhookEndpoints endpoints, Clock clock, WebhookDispatcher dispatcher) {
    this.jdbc = jdbc;
    this.endpoints = endpoints;
    this.clock = clock;
    this.dispatcher = dispatcher;
  }

  /** Newest first; {@code status} narrows to PENDING, DELIVERED or GAVE_UP. */
  @Transactional(readOnly = true)
  public List<WebhookDelivery> of(UUID endpointId, String status, int offset, int limit) {
    endpoints.get(endpointId);
    List<WebhookDelivery> deliveries = jdbc.sql("""
            select d.id, ev.id as event_id, ev.type, d.case_id, d.case_sequence, d.status, d.attempts, d.created_at,
              d.next_attempt_at, d.finished_at from webhook_delivery d
            join integration_event ev on ev.position = d.event_position
            where d.endpoint_id = ? and (cast(? as text) is null or d.status = ?)
            order by d.created_at desc, d.id offset ? limit ?""")
        .params(endpointId, status, status, offset, limit).query(WebhookDeliveries::map).list();
    return deliveries.stream().map(d -> new WebhookDelivery(d.id(), d.eventId(), d.eventType(), d.caseId(), d.sequence(),
        d.status(), d.attempts(), d.createdAt(), d.nextAttemptAt(), d.finishedAt(), history(d.id()))).toList();
  }

  @Transactional(readOnly = true)
  public int count(UUID endpointId, String status) {
    return jdbc.sql("select count(*) from webhook_delivery where endpoint_id = ? and (cast(? as text) is null "
        + "or status = ?)").params(endpointId, status, status).query(Integer.class).single();
  }

  /** Delivers the event of {@code deliveryId} again, with the same webhook-id, after the case's pending ones. */
  @Transactional
  public ResendResult resend(UUID endpointId, UUID deliveryId) {
    int queued = jdbc.sql("""
            insert into webhook_delivery (id, endpoint_id, event_position, case_id, case_sequence, status,
              next_attempt_at, created_at)
            select gen_random_uuid(), endpoint_id, event_position, case_id, case_sequence, 'PENDING', cast(? as timestamptz),
              cast(? as timestamptz)
            from webhook_delivery where id = ? and endpoint_id = ?""")
        .params(now(), now(), deliveryId, endpointId).update();
    if (queued == 0) {
      throw new CaseNotFound("webhook delivery", deliveryId);
    }
    return woken(queued);
  }

  /** Delivers again every event since {@code since} of the types the endpoint takes, in their order. */
  @Transactional
  public ResendResult resendSince(UUID endpointId, Instant since) {
    WebhookEndpoint endpoint = endpoints.get(endpointId);
    String[] types = endpoint.eventTypes().toArray(String[]::new);
    int queued = jdbc.sql("""
            insert into webhook_delivery (id, endpoint_id, event_position, case_id, case_sequence, status,
              next_attempt_at, created_at)
            select gen_random_uuid(), cast(? as uuid), position, case_id, case_sequence, 'PENDING', cast(? as timestamptz),
              cast(? as timestamptz)
            from integration_event where occurred_at >= ?
              and (cardinality(cast(? as text[])) = 0 or type = any (cast(? as text[])))
            order by tx_id, position""")
        .params(endpointId, now(), now(), Timestamp.from(since), types, types).update();
    return woken(queued);
  }

  private ResendResult woken(int queued) {
    dispatcher.wakeAfterCommit();
    return new ResendResult(queued);
  }

  private List<WebhookAttempt> history(UUID deliveryId) {
    return jdbc.sql("select attempted_at, response_status, response_excerpt, error, duration_ms from webhook_attempt "
            + "where delivery_id = ? order by id").param(deliveryId)
        .query((rs, n) -> new WebhookAttempt(rs.getTimestamp(1).toInstant(), (Integer) rs.getObject(2), rs.getString(3),
            rs.getString(4), rs.getInt(5))).list();
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }

  private static WebhookDelivery map(ResultSet rs, int n) throws SQLException {
    Timestamp finished = rs.getTimestamp("finished_at");
    return new WebhookDelivery(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class), rs.getString("type"),
        rs.getObject("case_id", UUID.class), rs.getInt("case_sequence"), rs.getString("status"),
        rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("next_attempt_at").toInstant(), finished == null ? null : finished.toInstant(), List.of());
  }
}
