package com.disputedesk.common.web;

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
 * Idempotency records are kept 48 hours (DOMAIN.md): long enough for any client's retries, then removed nightly. A
 * retry after that is a new request.
 */
@Component
public class IdempotencyRetention {
  private static final Logger log = LoggerFactory.getLogger(IdempotencyRetention.class);
  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration keep;

  IdempotencyRetention(JdbcClient jdbc, Clock clock, @Value("${disputedesk.retention.idempotency:PT48H}") Duration keep) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.keep = keep;
  }

  @Scheduled(cron = "${disputedesk.retention.cron:0 40 3 * * *}")
  void nightly() {
    purge();
  }

  /** Removes the records older than the retention; returns how many. */
  public int purge() {
    int removed = jdbc.sql("delete from idempotency_record where created_at < ?")
        .param(Timestamp.from(clock.instant().minus(keep))).update();
    log.info("Retention: {} idempotency records older than {} removed", removed, keep);
    return removed;
  }
}
