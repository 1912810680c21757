package com.disputedesk.sla;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Re-times a policy's running timers in the background, 500 per transaction, with its progress in
 * {@code retime_run}; a run cut short by a restart is resumed when the application is ready again.
 */
@Service
public class RetimeRuns implements DisposableBean {
  public record Run(UUID id, String key, String requestedBy, int total, int done, String status) {
    public boolean finished() {
      return "FINISHED".equals(status);
    }
  }

  static final int BATCH = 500;
  private static final Logger log = LoggerFactory.getLogger(RetimeRuns.class);
  private final Retiming retiming;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "sla-retime"));

  RetimeRuns(Retiming retiming, JdbcClient jdbc, Clock clock) {
    this.retiming = retiming;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Run start(String key, String actor) {
    int total = retiming.preview(key).moving();
    UUID id = UUID.randomUUID();
    jdbc.sql("insert into retime_run (id, policy_key, requested_by, started_at, total, status) "
            + "values (?, ?, ?, ?, ?, 'RUNNING')")
        .params(id, key, actor, Timestamp.from(clock.instant()), total).update();
    worker.submit(() -> run(id));
    return find(id).orElseThrow();
  }

  public Optional<Run> find(UUID id) {
    return jdbc.sql("select id, policy_key, requested_by, total, done, status from retime_run where id = ?").param(id)
        .query((rs, n) -> new Run(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
            rs.getInt(5), rs.getString(6)))
        .optional();
  }

  @EventListener(ApplicationReadyEvent.class)
  void resumeInterrupted() {
    List<UUID> running = jdbc.sql("select id from retime_run where status = 'RUNNING'").query(UUID.class).list();
    running.forEach(id -> worker.submit(() -> run(id)));
  }

  private void run(UUID id) {
    Run run = find(id).orElseThrow();
    try {
      int moved;
      do {
        moved = retiming.applyBatch(run.key(), run.requestedBy(), BATCH);
        jdbc.sql("update retime_run set done = least(total, done + ?) where id = ?").params(moved, id).update();
      } while (moved > 0);
      Run finished = find(id).orElseThrow();
      retiming.audit(run.key(), run.requestedBy(), finished.done());
      jdbc.sql("update retime_run set status = 'FINISHED', done = total, finished_at = ? where id = ?")
          .params(Timestamp.from(clock.instant()), id).update();
    } catch (RuntimeException e) {
      log.error("Re-timing run {} of {} stopped; it resumes at the next start", id, run.key(), e);
    }
  }

  @Override
  public void destroy() {
    worker.shutdownNow();
  }
}
