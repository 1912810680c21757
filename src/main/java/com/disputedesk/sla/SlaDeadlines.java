package com.disputedesk.sla;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restarting a running SLA timer's deadline. A timer's deadline normally starts when its job is created, and re-timing
 * measures a changed policy's duration from there; a restarted deadline (a revised decision restarts the appeal window)
 * starts at the restart, so it is recorded, and re-timing measures from it.
 */
@Component
public class SlaDeadlines {
  private final ManagementService management;
  private final EngineTimers timers;
  private final JdbcClient jdbc;

  SlaDeadlines(ManagementService management, EngineTimers timers, JdbcClient jdbc) {
    this.management = management;
    this.timers = timers;
    this.jdbc = jdbc;
  }

  /**
   * Moves the case's running timer at {@code activityId} to {@code due} and remembers that its deadline now starts at
   * {@code startedAt}. Nothing happens when that timer is not running.
   */
  @Transactional
  public void restart(String processKey, UUID caseId, String activityId, Instant startedAt, Instant due) {
    for (Job job : timers.jobsOf(processKey, caseId, activityId)) {
      recordStart(job.getId(), startedAt);
      management.setJobDuedate(job.getId(), Date.from(due));
    }
  }

  /** Re-timing measures the timer {@code jobId}'s deadline from {@code startedAt} instead of the job's creation. */
  void recordStart(String jobId, Instant startedAt) {
    jdbc.sql("""
            insert into sla_deadline_restart (job_id, started_at) values (?, ?)
            on conflict (job_id) do update set started_at = excluded.started_at""")
        .params(jobId, Timestamp.from(startedAt))
        .update();
  }
}
