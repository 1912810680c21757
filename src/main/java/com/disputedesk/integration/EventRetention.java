package com.disputedesk.integration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Purges events (with their deliveries and attempts) once older than {@code disputedesk.events.retention}, never
 * below the 30 days DOMAIN.md promises receivers, and never while a delivery of theirs is still pending.
 */
@Component
public class EventRetention {
  static final Duration MINIMUM = Duration.ofDays(30);
  private static final Logger log = LoggerFactory.getLogger(EventRetention.class);
  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration retention;
  private final Duration deliveries;

  private final com.disputedesk.common.AgedRows rows;

  EventRetention(JdbcClient jdbc, Clock clock, com.disputedesk.common.AgedRows rows,
      @Value("${disputedesk.events.retention:P90D}") Duration retention,
      @Value("${disputedesk.retention.webhook-deliveries:P90D}") Duration deliveries) {
    this.rows = rows;
    this.deliveries = deliveries;
    if (retention.compareTo(MINIMUM) < 0) {
      throw new IllegalArgumentException("disputedesk.events.retention must be at least 30 days (DOMAIN.md), was "
          + retention);
    }
    this.jdbc = jdbc;
    this.clock = clock;
    this.retention = retention;
  }

  @Scheduled(cron = "${disputedesk.events.purge-cron:0 17 3 * * *}")
  void nightly() {
    purgeDeliveries();
    log.info("Retention: {} integration events older than {} removed", purge(), retention);
  }

  /** Finished webhook deliveries (with their attempts) are kept 90 days even where events are kept longer. */
  public int purgeDeliveries() {
    return rows.remove("finished webhook deliveries", "delete from webhook_delivery where status <> 'PENDING' "
        + "and finished_at < ?", deliveries);
  }

  /** Deletes in batches of 10 000, each its own statement, so a purge never holds a long transaction. */
  public int purge() {
    Timestamp before = Timestamp.from(clock.instant().minus(retention));
    int total = 0;
    for (int batch = deleteBatch(before); batch > 0; batch = deleteBatch(before)) {
      total += batch;
    }
    return total;
  }

  private int deleteBatch(Timestamp before) {
    return jdbc.sql("""
            delete from integration_event where position in (
              select position from integration_event e where occurred_at < ?
                and not exists (select 1 from webhook_delivery d where d.event_position = e.position
                  and d.status = 'PENDING')
              limit 10000)""").param(before).update();
  }
}
