package com.disputedesk.bench;

import com.disputedesk.sla.Retiming;
import com.disputedesk.sla.SlaCalendar;
import com.disputedesk.sla.SlaPolicies;
import com.disputedesk.support.IntegrationTest;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Prints figures ({@code ./mvnw -B verify -Pbench -Dtest=RetimeScaleBenchmark}): re-timing 10 000 and then 100 000
 * running timers of one policy, page by page as a run does; linear paging keeps the ratio near 10.
 */
class RetimeScaleBenchmark extends IntegrationTest {
  private static final String POLICY = "negotiation";
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired Retiming retiming;
  @Autowired SlaPolicies policies;

  @Test
  void retimingTenTimesTheTimersTakesAboutTenTimesAsLong() throws Exception {
    time.freeze();
    repository.createDeployment().addModelInstance("RetimeBench.bpmn", Bpmn.createExecutableProcess("RetimeBench")
        .camundaHistoryTimeToLive(1).startEvent().intermediateCatchEvent("Timer_BenchDeadline")
        .timerWithDate("${slaPolicies.dueDate('" + POLICY + "', execution)}").endEvent().done()).deploy();
    try {
      start(10_000);
      double small = retime("P11D");
      start(90_000);
      double large = retime("P12D");
      System.out.printf("%n[bench] re-timing 10 000 timers: %.1f s; 100 000: %.1f s; ratio %.1f%n", small, large,
          large / small);
    } finally {
      policies.update(POLICY, "P15D", SlaCalendar.CALENDAR_DAYS, "bench");
    }
  }

  /** Applies a new duration to every running timer of the policy the way a run does, in pages; seconds taken. */
  private double retime(String duration) {
    policies.update(POLICY, duration, SlaCalendar.CALENDAR_DAYS, "bench");
    long start = System.nanoTime();
    String after = null;
    int moved = 0;
    for (var page = retiming.applyPage(POLICY, "bench", null); !page.end();
        page = retiming.applyPage(POLICY, "bench", after)) {
      moved += page.moved();
      after = page.lastJobId();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%n[bench] %d timers moved to %s in %.1f s (%.0f/s)%n", moved, duration, seconds,
        moved / seconds);
    return seconds;
  }

  private void start(int count) throws Exception {
    var pool = Executors.newFixedThreadPool(4);
    var futures = new java.util.ArrayList<Future<?>>();
    for (int i = 0; i < count; i += 500) {
      futures.add(pool.submit(() -> {
        for (int n = 0; n < 500; n++) {
          runtime.startProcessInstanceByKey("RetimeBench", UUID.randomUUID().toString());
        }
      }));
    }
    for (var f : futures) {
      f.get();
    }
    pool.shutdown();
  }
}
