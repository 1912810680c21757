package com.disputedesk.common.web;

import com.disputedesk.common.AgedRows;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Idempotency records are kept 48 hours (DOMAIN.md): long enough for any client's retries, then removed nightly. A
 * retry after that is a new request.
 */
@Component
public class IdempotencyRetention {
  private final AgedRows rows;
  private final Duration keep;

  IdempotencyRetention(AgedRows rows, @Value("${disputedesk.retention.idempotency:PT48H}") Duration keep) {
    this.rows = rows;
    this.keep = keep;
  }

  /** Removes the records older than the retention; returns how many. */
  @Scheduled(cron = "${disputedesk.retention.cron:0 40 3 * * *}")
  public int purge() {
    return rows.remove("idempotency records", "delete from idempotency_record where created_at < ?", keep);
  }
}
