package com.disputedesk.bench;

import com.disputedesk.common.Money;
import com.disputedesk.common.PartyId;
import com.disputedesk.dispute.DisputeOpening;
import com.disputedesk.dispute.DisputeReason;
import com.disputedesk.dispute.OpenDisputeRequest;
import com.disputedesk.dispute.OrderSnapshot;
import com.disputedesk.dispute.Outcome;
import com.disputedesk.dispute.OutcomeType;
import com.disputedesk.sla.Retiming;
import com.disputedesk.support.AppNode;
import com.disputedesk.sla.SlaCalendar;
import com.disputedesk.sla.SlaPolicies;
import com.disputedesk.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Prints figures ({@code ./mvnw -B verify -Pbench}): previewing and re-timing 10 000 running timers; timer storms
 * of 10 000 negotiation timers and of 10 000 bare timers fired by one and by two app nodes on one database.
 */
class TimerBenchmark extends IntegrationTest {
  private static final int TIMERS = Integer.getInteger("bench.timers", 10_000);
  @Autowired DisputeOpening opening;
  @Autowired Retiming retiming;
  @Autowired SlaPolicies policies;
  @Autowired org.camunda.bpm.engine.RepositoryService repository;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;
  @Autowired javax.sql.DataSource dataSource;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void retimeTenThousandTimers() throws Exception {
    time.freeze();
    openMany(TIMERS);
    policies.update("negotiation", "P10D", SlaCalendar.CALENDAR_DAYS, "bench");
    try {
      long start = System.nanoTime();
      var plan = retiming.preview("negotiation");
      double previewSeconds = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      int moved = 0;
      String after = null;
      for (var page = retiming.applyPage("negotiation", "bench", null); !page.end();
          page = retiming.applyPage("negotiation", "bench", after)) {
        moved += page.moved();
        after = page.lastJobId();
      }
      double retimeSeconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("%n[bench] preview of %d running negotiation timers: %.2f s (%d would move)%n",
          plan.runningTimers(), previewSeconds, plan.moving());
      System.out.printf("[bench] re-timing them in batches of 500: %.2f s (%d moved)%n", retimeSeconds, moved);

    } finally {
      policies.update("negotiation", "P15D", SlaCalendar.CALENDAR_DAYS, "bench");
    }
  }

  /**
   * TIMERS negotiation timers made due at once, fired by the production job executor of one node and then of two
   * nodes on the same database (separate processes), each beside TIMERS bare start → timer → end instances fired by
   * the same nodes.
   */
  @Test
  void timerStormsOnOneAndTwoNodesBesideTheBareEngine() throws Exception {
    repository.createDeployment().addModelInstance("BareTimerBench.bpmn", Bpmn.createExecutableProcess("BareTimerBench")
        .camundaHistoryTimeToLive(1).startEvent().intermediateCatchEvent("Timer_Bare").timerWithDuration("PT1H")
        .endEvent().done()).deploy();
    String url = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getJdbcUrl();
    int smtp = smtpPort();
    try (AppNode a = AppNode.start("bench-node-a", url, smtp, nodeJvm("bench-node-a"))) {
      warmUp();
      List<UUID> first = openMany(TIMERS);
      startBare(TIMERS);
      awaitOutboxSent();
      TopStatements.reset(jdbc);
      CpuSplit before = CpuSplit.sample(a);
      double ours1 = storm("DisputeCaseProcess", () -> makeNegotiationTimersDue(first));
      System.out.printf("%n[bench] timer storm on one node: %s%n", CpuSplit.sample(a).since(before, TIMERS));
      printJobTableState("after the storm on one node");
      TopStatements.print(jdbc, "timer storm on one node", 14);
      TopStatements.reset(jdbc);
      before = CpuSplit.sample(a);
      double bare1 = storm("BareTimerBench", this::makeBareTimersDue);
      System.out.printf("%n[bench] bare timer storm on one node: %s%n", CpuSplit.sample(a).since(before, TIMERS));
      TopStatements.print(jdbc, "bare timer storm on one node", 14);
      if (Boolean.getBoolean("bench.one-node")) { // quicker runs while tuning
        System.out.printf("%n[bench] %d timers due at once on one node: negotiation %.1f s (%.0f/s), bare %.1f s"
            + " (%.0f/s)%n", TIMERS, ours1, TIMERS / ours1, bare1, TIMERS / bare1);
        return;
      }
      try (AppNode b = AppNode.start("bench-node-b", url, smtp, nodeJvm("bench-node-b"))) {
        warmUp();
        List<UUID> second = openMany(TIMERS);
        startBare(TIMERS);
        awaitOutboxSent();
        CpuSplit cpu = CpuSplit.sample(a, b);
        double ours2 = storm("DisputeCaseProcess", () -> makeNegotiationTimersDue(second));
        System.out.printf("%n[bench] timer storm on two nodes: %s%n", CpuSplit.sample(a, b).since(cpu, TIMERS));
        cpu = CpuSplit.sample(a, b);
        double bare2 = storm("BareTimerBench", this::makeBareTimersDue);
        System.out.printf("[bench] bare timer storm on two nodes: %s%n", CpuSplit.sample(a, b).since(cpu, TIMERS));
        System.out.printf("%n[bench] %d negotiation timers due at once, each escalating its dispute (state, timeline,"
            + " task, queue row, emails): 1 node %.1f s (%.0f/s), 2 nodes %.1f s (%.0f/s)%n", TIMERS, ours1,
            TIMERS / ours1, ours2, TIMERS / ours2);
        System.out.printf("[bench] %d bare timers (start → timer → end) due at once: 1 node %.1f s (%.0f/s), 2 nodes"
            + " %.1f s (%.0f/s)%n", TIMERS, bare1, TIMERS / bare1, bare2, TIMERS / bare2);
      }
    }
  }

  /** Dead rows and HOT updates of the job table, and when autovacuum last cleaned it: acquisition walks past them. */
  private void printJobTableState(String when) {
    jdbc.sql("""
            select n_live_tup, n_dead_tup, n_tup_upd, n_tup_hot_upd, n_tup_del, autovacuum_count,
              coalesce(to_char(now() - last_autovacuum, 'MI:SS'), 'never') as since
            from pg_stat_user_tables where relname = 'act_ru_job'""")
        .query((rs, n) -> String.format("[bench] job table %s: %d live rows, %d dead; %d updates (%d HOT), %d deletes;"
            + " autovacuumed %d times, last %s ago", when, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
            rs.getLong(5), rs.getLong(6), rs.getString(7)))
        .list().forEach(System.out::println);
  }

  /** A storm of each kind, a tenth of the size, unmeasured: the nodes' JIT compiler is done before the real ones. */
  private void warmUp() throws Exception {
    List<UUID> few = openMany(Math.max(200, TIMERS / 10));
    startBare(Math.max(200, TIMERS / 10));
    storm("DisputeCaseProcess", () -> makeNegotiationTimersDue(few));
    storm("BareTimerBench", this::makeBareTimersDue);
  }

  /** The openings' emails are sent before a storm starts, so the storm's figures are the storm's alone. */
  private void awaitOutboxSent() {
    org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() ->
        jdbc.sql("select count(*) from outgoing_email where status = 'STORED'").query(Long.class).single() == 0);
  }

  /** Production JVM options, and with {@code -Dbench.node.jfr=true} a flight recording in target/reliability/. */
  private static List<String> nodeJvm(String node) {
    List<String> options = new ArrayList<>(AppNode.PRODUCTION);
    if (Boolean.getBoolean("bench.node.jfr")) {
      options.add("-XX:FlightRecorderOptions:stackdepth=256");
      options.add("-XX:StartFlightRecording=settings=profile,filename=target/reliability/" + node + ".jfr");
    }
    return options;
  }

  /** Seconds from making the timers due until none of {@code processKey}'s timers is due any more. */
  private double storm(String processKey, Runnable makeDue) throws InterruptedException {
    long start = System.nanoTime();
    makeDue.run();
    while (jdbc.sql("select count(*) from act_ru_job where type_ = 'timer' and process_def_key_ = ?"
        + " and duedate_ <= now() and retries_ > 0").param(processKey).query(Long.class).single() > 0) {
      Thread.sleep(250);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** Due dates in milliseconds, as the engine writes them (it holds them as java.util.Date). */
  private void makeNegotiationTimersDue(List<UUID> disputes) {
    jdbc.sql("""
            update act_ru_job set duedate_ = date_trunc('milliseconds', now()) - interval '1 second'
            where id_ in (select j.id_ from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
              join act_ru_execution e on e.id_ = j.process_instance_id_
              where d.act_id_ = 'Timer_NegotiationExpired' and e.business_key_ = any(?))""")
        .param(disputes.stream().map(UUID::toString).toArray(String[]::new)).update();
  }

  private void makeBareTimersDue() {
    jdbc.sql("update act_ru_job set duedate_ = date_trunc('milliseconds', now()) - interval '1 second' where process_def_key_ = 'BareTimerBench'")
        .update();
  }

  private void startBare(int count) throws Exception {
    var pool = Executors.newFixedThreadPool(2);
    var futures = new ArrayList<Future<?>>();
    for (int i = 0; i < count; i++) {
      futures.add(pool.submit(() -> runtime.startProcessInstanceByKey("BareTimerBench")));
    }
    for (var f : futures) {
      f.get();
    }
    pool.shutdown();
  }

  private List<UUID> openMany(int count) throws Exception {
    var pool = Executors.newFixedThreadPool(2);
    var futures = new ArrayList<Future<com.disputedesk.dispute.Dispute>>();
    for (int i = 0; i < count; i++) {
      int n = i;
      futures.add(pool.submit(() -> opening.open(PartyId.of("tb-buyer-" + n), new OpenDisputeRequest(
          new OrderSnapshot("TB-" + UUID.randomUUID(), "tb-seller", "Bench Store", "Bench item",
              Money.of("100.00", "RUB"), Money.of("0.00", "RUB"), null, null, time.now().plus(Duration.ofDays(20)),
              null, null), DisputeReason.NOT_RECEIVED, false, new Outcome(OutcomeType.FULL_REFUND, null),
          "Never arrived."))));
    }
    List<UUID> ids = new ArrayList<>();
    for (var f : futures) {
      ids.add(f.get().id());
    }
    pool.shutdown();
    return ids;
  }
}
