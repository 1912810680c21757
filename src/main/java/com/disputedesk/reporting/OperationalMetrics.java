package com.disputedesk.reporting;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Prometheus figures operations watch: queue sizes and breaches per queue, timers due but not yet fired, failed
 * timers, SLA breaches and fired timers so far. Read with a few SQL counts, cached for 15 s so scrapes stay cheap.
 * API latencies per endpoint come from Spring's {@code http.server.requests}.
 */
@Component
class OperationalMetrics {
  static final List<String> QUEUES = List.of("mediators", "appeal-commission", "quality-reviewers",
      "complaint-reviewers");
  private static final Duration FRESH_FOR = Duration.ofSeconds(15);
  private final JdbcClient jdbc;
  private final Clock clock;
  private Map<String, Double> snapshot = Map.of();
  private Instant takenAt = Instant.EPOCH;

  OperationalMetrics(JdbcClient jdbc, Clock clock, MeterRegistry registry) {
    this.jdbc = jdbc;
    this.clock = clock;
    for (String queue : QUEUES) {
      Gauge.builder("disputedesk.queue.size", () -> value("size:" + queue)).tag("queue", queue)
          .description("Open tasks in the queue").register(registry);
      Gauge.builder("disputedesk.queue.breached", () -> value("breached:" + queue)).tag("queue", queue)
          .description("Open tasks past their SLA").register(registry);
    }
    Gauge.builder("disputedesk.timers.due", () -> value("timers.due"))
        .description("Timers due but not yet fired (job executor backlog)").register(registry);
    Gauge.builder("disputedesk.timers.failed", () -> value("timers.failed"))
        .description("Timers whose retries are used up (incidents)").register(registry);
    FunctionCounter.builder("disputedesk.timers.fired", this, m -> m.value("timers.fired"))
        .description("Timer jobs that ran successfully").register(registry);
    FunctionCounter.builder("disputedesk.sla.breaches", this, m -> m.value("sla.breaches"))
        .description("SLA breaches recorded on case timelines").register(registry);
  }

  synchronized double value(String key) {
    Instant now = clock.instant();
    if (Duration.between(takenAt, now).abs().compareTo(FRESH_FOR) > 0) {
      snapshot = take(now);
      takenAt = now;
    }
    return snapshot.getOrDefault(key, 0.0);
  }

  private Map<String, Double> take(Instant now) {
    Map<String, Double> values = new HashMap<>();
    jdbc.sql("""
            select candidate_group, count(*), count(*) filter (where sla_due_at <= ?)
            from worklist_item group by candidate_group""")
        .param(Timestamp.from(now))
        .query(rs -> {
          values.put("size:" + rs.getString(1), rs.getDouble(2));
          values.put("breached:" + rs.getString(1), rs.getDouble(3));
        });
    values.put("timers.due", count("select count(*) from act_ru_job where type_ = 'timer' and retries_ > 0 "
        + "and suspension_state_ = 1 and duedate_ <= ?", now));
    values.put("timers.failed", count("select count(*) from act_ru_job where retries_ = 0", null));
    values.put("timers.fired", count("select count(*) from act_hi_job_log where job_def_type_ like 'timer%' "
        + "and job_state_ = 2", null));
    values.put("sla.breaches", count("select count(*) from case_event where type = 'SLA_BREACHED'", null));
    return values;
  }

  private double count(String sql, Instant at) {
    var statement = jdbc.sql(sql);
    return (at == null ? statement : statement.param(Timestamp.from(at))).query(Long.class).single();
  }
}
