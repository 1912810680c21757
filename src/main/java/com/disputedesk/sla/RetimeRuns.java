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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-times a policy's running timers in the background, a page of 500 per transaction, with its progress in
 * {@code retime_run}. Each page holds the run's row lock and advances its cursor (the last job id finished) in the
 * same transaction, so nodes that all resume an interrupted run at start take turns and move each timer once.
 */
@Service
public class RetimeRuns implements DisposableBean {
  public record Run(UUID id, String key, String requestedBy, int total, int done, String status) {
    public boolean finished() {
      return "FINISHED".equals(status);
    }
  }

  private static final Logger log = LoggerFactory.getLogger(RetimeRuns.class);
  private final Retiming retiming;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "sla-retime"));

  RetimeRuns(Retiming retiming, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
    this.retiming = retiming;
    this.jdbc = jdbc;
    this.transactions = transactions;
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
    try {
      while (step(id)) {
        // one page per transaction
      }
    } catch (RuntimeException e) {
      log.error("Re-timing run {} stopped; it resumes at the next start", id, e);
    }
  }

  /** Moves the run's next page under its row lock; false once the run is finished (by this node or another). */
  boolean step(UUID id) {
    record Locked(String key, String actor, String cursor, int done) {}
    return Boolean.TRUE.equals(transactions.execute(tx -> {
      var row = jdbc.sql("select policy_key, requested_by, cursor_job_id, done from retime_run "
              + "where id = ? and status = 'RUNNING' for update")
          .param(id)
          .query((rs, n) -> new Locked(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
          .optional();
      if (row.isEmpty()) {
        return false;
      }
      Locked run = row.get();
      var page = retiming.applyPage(run.key(), run.actor(), run.cursor());
      if (page.end()) {
        retiming.audit(run.key(), run.actor(), run.done());
        jdbc.sql("update retime_run set status = 'FINISHED', finished_at = ? where id = ?")
            .params(Timestamp.from(clock.instant()), id).update();
        return false;
      }
      jdbc.sql("update retime_run set cursor_job_id = ?, done = done + ? where id = ?")
          .params(page.lastJobId(), page.moved(), id).update();
      return true;
    }));
  }

  @Override
  public void destroy() {
    worker.shutdownNow();
  }
}
