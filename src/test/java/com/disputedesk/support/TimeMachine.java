package com.disputedesk.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.context.TestComponent;

/**
 * Time travel for tests: moves the engine clock (which is also the application's {@link Clock}) and then runs the
 * jobs that became due, exactly as the job executor would. Never sleeps.
 */
@TestComponent
public class TimeMachine {
  private final ManagementService management;
  private final Clock clock;

  TimeMachine(ManagementService management, Clock clock) {
    this.management = management;
    this.clock = clock;
  }

  /** Freezes time at {@code instant} (truncated to millis, as PostgreSQL stores microseconds). */
  public Instant freezeAt(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant.truncatedTo(ChronoUnit.MILLIS)));
    return now();
  }

  public Instant freeze() {
    return freezeAt(Instant.now());
  }

  public Instant now() {
    return clock.instant();
  }

  /** Moves the clock forward and fires every job due by then. */
  public Instant travel(Duration duration) {
    freezeAt(now().plus(duration));
    runDueJobs();
    return now();
  }

  public Instant travelTo(Instant instant) {
    freezeAt(instant);
    runDueJobs();
    return now();
  }

  /** Runs due jobs until none is left (a job may create another that is due at once). */
  public int runDueJobs() {
    int ran = 0;
    for (int round = 0; round < 50; round++) {
      var due = management.createJobQuery().executable().duedateLowerThan(Date.from(now().plusMillis(1))).list();
      var immediate = management.createJobQuery().executable().list().stream()
          .filter(j -> j.getDuedate() == null).toList();
      if (due.isEmpty() && immediate.isEmpty()) {
        return ran;
      }
      for (Job job : due.isEmpty() ? immediate : due) {
        management.executeJob(job.getId());
        ran++;
      }
    }
    throw new IllegalStateException("Jobs keep becoming due: a timer loop?");
  }

  public Duration until(Instant instant) {
    return Duration.between(now(), instant);
  }

  public void reset() {
    ClockUtil.reset();
  }
}
