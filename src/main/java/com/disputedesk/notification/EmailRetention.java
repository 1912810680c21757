package com.disputedesk.notification;

import com.disputedesk.common.AgedRows;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sent emails are kept 90 days (DOMAIN.md), then removed nightly; emails never sent stay for administrators to see.
 * The case timeline keeps that a party was told.
 */
@Component
public class EmailRetention {
  private final AgedRows rows;
  private final Duration keep;

  EmailRetention(AgedRows rows, @Value("${disputedesk.retention.emails:P90D}") Duration keep) {
    this.rows = rows;
    this.keep = keep;
  }

  /** Removes sent emails older than the retention; returns how many. */
  @Scheduled(cron = "${disputedesk.retention.cron:0 40 3 * * *}")
  public int purge() {
    return rows.remove("sent emails", "delete from outgoing_email where status = 'SENT' and sent_at < ?", keep);
  }
}
