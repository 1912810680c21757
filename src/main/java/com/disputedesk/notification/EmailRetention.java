package com.disputedesk.notification;

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
 * Sent emails are kept 90 days (DOMAIN.md), then removed nightly; emails never sent stay for administrators to see.
 * The case timeline keeps that a party was told.
 */
@Component
public class EmailRetention {
  private static final Logger log = LoggerFactory.getLogger(EmailRetention.class);
  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration keep;

  EmailRetention(JdbcClient jdbc, Clock clock, @Value("${disputedesk.retention.emails:P90D}") Duration keep) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.keep = keep;
  }

  @Scheduled(cron = "${disputedesk.retention.cron:0 40 3 * * *}")
  void nightly() {
    purge();
  }

  /** Removes sent emails older than the retention; returns how many. */
  public int purge() {
    int removed = jdbc.sql("delete from outgoing_email where status = 'SENT' and sent_at < ?")
        .param(Timestamp.from(clock.instant().minus(keep))).update();
    log.info("Retention: {} sent emails older than {} removed", removed, keep);
    return removed;
  }
}
