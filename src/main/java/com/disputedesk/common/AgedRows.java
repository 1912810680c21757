package com.disputedesk.common;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Removes the rows a retention rule lets go and says how many: one statement, its cut-off bound as the only parameter. */
@Component
public class AgedRows {
  private static final Logger log = LoggerFactory.getLogger(AgedRows.class);
  private final JdbcClient jdbc;
  private final Clock clock;

  AgedRows(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Runs {@code delete} (one {@code ?}: now minus {@code keep}); returns and logs how many rows went. */
  public int remove(String what, String delete, Duration keep) {
    int removed = jdbc.sql(delete).param(Timestamp.from(clock.instant().minus(keep))).update();
    log.info("Retention: {} {} older than {} removed", removed, what, keep);
    return removed;
  }
}
