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
import com.disputedesk.sla.SlaCalendar;
import com.disputedesk.sla.SlaPolicies;
import com.disputedesk.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Prints figures ({@code ./mvnw -B verify -Pbench}): previewing and re-timing 10 000 running timers, then 10 000
 * negotiation timers due at once fired by the engine's real job executor on this one node.
 */
class TimerBenchmark extends IntegrationTest {
  private static final int TIMERS = Integer.getInteger("bench.timers", 10_000);
  @Autowired DisputeOpening opening;
  @Autowired Retiming retiming;
  @Autowired SlaPolicies policies;
  @Autowired ManagementService management;
  @Autowired ProcessEngine engine;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void retimeAndFireTenThousandTimers() throws Exception {
    Instant opened = time.freeze();
    openMany(TIMERS);
    policies.update("negotiation", "P10D", SlaCalendar.CALENDAR_DAYS, "bench");
    try {
      long start = System.nanoTime();
      var plan = retiming.preview("negotiation");
      double previewSeconds = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      int moved = 0;
      for (int batch = retiming.applyBatch("negotiation", "bench", 500); batch > 0;
          batch = retiming.applyBatch("negotiation", "bench", 500)) {
        moved += batch;
      }
      double retimeSeconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("%n[bench] preview of %d running negotiation timers: %.2f s (%d would move)%n",
          plan.runningTimers(), previewSeconds, plan.moving());
      System.out.printf("[bench] re-timing them in batches of 500: %.2f s (%d moved)%n", retimeSeconds, moved);

      time.freezeAt(opened.plus(Duration.ofDays(10)).plusSeconds(1));
      long due = management.createJobQuery().timers().executable().count();
      var executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
      executor.setMaxJobsPerAcquisition(10); // as application.yml configures the production executor
      TopStatements.reset(jdbc);
      start = System.nanoTime();
      executor.start();
      while (dueTimers(time.now()) > 0) {
        Thread.sleep(250);
      }
      double fireSeconds = (System.nanoTime() - start) / 1e9;
      executor.shutdown();
      System.out.printf("[bench] %d timers due at once fired by the job executor (1 node): %.1f s (%.0f/s)%n", due,
          fireSeconds, due / fireSeconds);
      TopStatements.print(jdbc, "timer storm", 15);
    } finally {
      policies.update("negotiation", "P15D", SlaCalendar.CALENDAR_DAYS, "bench");
    }
  }

  /** Due timers still waiting, counted by the acquisition index (the engine's JobQuery count scans the table). */
  private long dueTimers(Instant now) {
    return jdbc.sql("select count(*) from act_ru_job where type_ = 'timer' and duedate_ <= ? and retries_ > 0")
        .param(java.sql.Timestamp.from(now)).query(Long.class).single();
  }

  private void openMany(int count) throws Exception {
    var pool = Executors.newFixedThreadPool(2);
    var futures = new ArrayList<Future<?>>();
    for (int i = 0; i < count; i++) {
      int n = i;
      futures.add(pool.submit(() -> opening.open(PartyId.of("tb-buyer-" + n), new OpenDisputeRequest(
          new OrderSnapshot("TB-" + UUID.randomUUID(), "tb-seller", "Bench Store", "Bench item",
              Money.of("100.00", "RUB"), Money.of("0.00", "RUB"), null, null, time.now().plus(Duration.ofDays(20)),
              null, null), DisputeReason.NOT_RECEIVED, false, new Outcome(OutcomeType.FULL_REFUND, null),
          "Never arrived."))));
    }
    for (var f : futures) {
      f.get();
    }
    pool.shutdown();
  }
}
