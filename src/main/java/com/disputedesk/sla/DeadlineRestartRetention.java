package com.disputedesk.sla;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A restarted deadline's start matters only while its timer job exists; once the timer fired or its case ended, the
 * row is removed nightly (it was kept forever).
 */
@Component
public class DeadlineRestartRetention {
  private static final Logger log = LoggerFactory.getLogger(DeadlineRestartRetention.class);
  private final JdbcClient jdbc;

  DeadlineRestartRetention(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Scheduled(cron = "${disputedesk.retention.cron:0 40 3 * * *}")
  void nightly() {
    purge();
  }

  /** Removes the restarts whose timer job is gone; returns how many. */
  public int purge() {
    int removed = jdbc.sql("delete from sla_deadline_restart r where not exists "
        + "(select 1 from act_ru_job j where j.id_ = r.job_id)").update();
    log.info("Retention: {} restarted deadlines of timers that no longer run removed", removed);
    return removed;
  }
}
