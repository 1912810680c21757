package com.disputedesk.integration;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state of every delivery, shared by all nodes. A node leases due deliveries ({@code skip locked}, so two nodes
 * never take the same one); only the head of each endpoint's queue per case is due, so a case's next event waits
 * until the previous one was delivered or given up. A lease that runs out (the node died mid-send) makes the
 * delivery due again: at least once.
 */
@Component
class DeliveryLedger {
  private final JdbcClient jdbc;
  private final Clock clock;
  private final RetrySchedule schedule;
  private final Duration lease;
  private final Duration disableAfter;
  private final ApplicationEventPublisher events;

  DeliveryLedger(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events,
      @Value("${disputedesk.webhooks.retry-schedule:" + RetrySchedule.DEFAULT + "}") String schedule,
      @Value("${disputedesk.webhooks.retry-jitter:0.2}") double jitter,
      @Value("${disputedesk.webhooks.lease:PT1M}") Duration lease,
      @Value("${disputedesk.webhooks.disable-after:P5D}") Duration disableAfter) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
    this.schedule = RetrySchedule.parse(schedule, jitter);
    this.lease = lease;
    this.disableAfter = disableAfter;
  }

  @Transactional
  public List<ClaimedDelivery> claim(int limit) {
    Instant now = clock.instant();
    return jdbc.sql("""
            with due as (
              select d.id from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id and e.enabled
              where d.status = 'PENDING' and d.next_attempt_at <= ? and (d.leased_until is null or d.leased_until <= ?)
                and not exists (select 1 from webhook_delivery p where p.endpoint_id = d.endpoint_id
                  and p.case_id = d.case_id and p.status = 'PENDING'
                  and (p.case_sequence, p.created_at, p.id) < (d.case_sequence, d.created_at, d.id))
              order by d.next_attempt_at limit ? for update of d skip locked)
            update webhook_delivery d set leased_until = ?, attempts = d.attempts + 1
            from due, webhook_endpoint e, integration_event ev
            where d.id = due.id and e.id = d.endpoint_id and ev.position = d.event_position
            returning d.id, d.endpoint_id, e.url, ev.id, ev.body, d.attempts, e.secret, e.previous_secret,
              e.previous_secret_until""")
        .params(Timestamp.from(now), Timestamp.from(now), limit, Timestamp.from(now.plus(lease)))
        .query((rs, n) -> {
          List<String> secrets = new ArrayList<>(List.of(rs.getString(7)));
          Timestamp until = rs.getTimestamp(9);
          if (rs.getString(8) != null && until != null && until.toInstant().isAfter(now)) {
            secrets.add(rs.getString(8));
          }
          return new ClaimedDelivery(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
              URI.create(rs.getString(3)), rs.getObject(4, UUID.class), rs.getString(5), rs.getInt(6),
              List.copyOf(secrets));
        }).list();
  }

  /** Records the attempt and decides what follows: done, another try later, given up, or the endpoint disabled. */
  @Transactional
  public void record(ClaimedDelivery d, DeliveryResult result) {
    Instant now = clock.instant();
    int recorded = jdbc.sql("""
            insert into webhook_attempt (delivery_id, attempted_at, response_status, response_excerpt, error,
              duration_ms) select cast(? as uuid), cast(? as timestamptz), cast(? as int), cast(? as text), cast(? as text),
              cast(? as int) where exists (select 1 from webhook_delivery where id = ?)""")
        .params(d.deliveryId(), Timestamp.from(now), result.status(), result.excerpt(), result.error(),
            (int) Math.min(Integer.MAX_VALUE, result.durationMillis()), d.deliveryId()).update();
    if (recorded == 0) {
      return; // the endpoint was deleted meanwhile
    }
    if (result.succeeded()) {
      jdbc.sql("update webhook_delivery set status = 'DELIVERED', finished_at = ?, leased_until = null where id = ?")
          .params(Timestamp.from(now), d.deliveryId()).update();
      jdbc.sql("update webhook_endpoint set failing_since = null where id = ? and failing_since is not null")
          .param(d.endpointId()).update();
      return;
    }
    if (result.gone()) {
      // the receiver says the endpoint is gone for good: stop, and keep this delivery for when it is enabled again
      jdbc.sql("update webhook_delivery set leased_until = null, next_attempt_at = ? where id = ?")
          .params(Timestamp.from(now), d.deliveryId()).update();
      disable(d, "The receiver answered 410 Gone at " + now, now);
      return;
    }
    var retry = schedule.after(d.attempt());
    jdbc.sql("""
            update webhook_delivery set leased_until = null, next_attempt_at = coalesce(cast(? as timestamptz), next_attempt_at),
              status = case when ? then 'GAVE_UP' else status end, finished_at = case when ? then cast(? as timestamptz) end
            where id = ?""")
        .params(retry.map(r -> Timestamp.from(now.plus(r))).orElse(null), retry.isEmpty(), retry.isEmpty(),
            Timestamp.from(now), d.deliveryId()).update();
    Timestamp since = jdbc.sql("""
            update webhook_endpoint set failing_since = coalesce(failing_since, ?) where id = ?
            returning failing_since""").params(Timestamp.from(now), d.endpointId()).query(Timestamp.class).single();
    if (!since.toInstant().plus(disableAfter).isAfter(now)) {
      disable(d, "Every delivery failed since " + since.toInstant() + " (for " + disableAfter.toDays()
          + " days or more)", now);
    }
  }

  private void disable(ClaimedDelivery d, String reason, Instant now) {
    int changed = jdbc.sql("""
            update webhook_endpoint set enabled = false, disabled_reason = ?, disabled_at = ?, updated_at = ?
            where id = ? and enabled""")
        .params(reason, Timestamp.from(now), Timestamp.from(now), d.endpointId()).update();
    if (changed == 1) {
      events.publishEvent(new WebhookEndpointDisabled(d.endpointId(), d.url().toString(), reason));
    }
  }
}
