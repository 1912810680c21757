package com.disputedesk.bench;

import com.disputedesk.support.BenchData;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.worklist.WorkQueueQuery;
import com.disputedesk.worklist.Worklist;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prints figures ({@code ./mvnw -B verify -Pbench}): one queue of 100 000 open tasks beside 1 000 000 closed cases,
 * read through our worklist and through Camunda's own {@code TaskQuery} on the same database in the same run.
 */
class QueueBenchmark extends IntegrationTest {
  private static final int OPEN = Integer.getInteger("bench.open", 100_000);
  private static final int CLOSED = Integer.getInteger("bench.closed", 1_000_000);
  private static final String GROUP = "bench-queue";
  @Autowired Worklist worklist;
  @Autowired TaskService tasks;
  @Autowired JdbcClient jdbc;

  @Test
  void ourQueueAgainstTheEnginesTaskQuery() {
    long start = System.nanoTime();
    BenchData.openItems(jdbc, "qb-", GROUP, OPEN);
    BenchData.engineTasks(jdbc, "qb-", GROUP, OPEN);
    BenchData.closedCases(jdbc, "qb-", CLOSED);
    System.out.printf("%n[bench] data: %d open tasks (ours and the engine's), %d closed cases, written in %.0f s%n",
        OPEN, CLOSED, (System.nanoTime() - start) / 1e9);
    try {
      WorkQueueQuery ours = WorkQueueQuery.forGroups(Set.of(GROUP)).seenBy("bench-mediator");
      var engine = tasks.createTaskQuery().taskCandidateGroup(GROUP).orderByDueDate().asc();
      for (int i = 0; i < 100; i++) { // warm both paths: JIT, connection pool, PostgreSQL's buffers
        worklist.page(ours, 0, 50);
        worklist.count(ours);
        engine.listPage(0, 50);
        engine.count();
      }
      Latencies ourPage = Latencies.of(1000, i -> worklist.page(ours, (i % 20) * 50, 50));
      Latencies ourCount = Latencies.of(1000, i -> worklist.count(ours));
      Latencies enginePage = Latencies.of(200, i -> engine.listPage((i % 20) * 50, 50));
      Latencies engineCount = Latencies.of(200, i -> engine.count());
      Latencies search = Latencies.of(200, i -> worklist.page(ours.withText("ord-qb-" + (1000 + i)), 0, 50));
      System.out.printf("[bench] queue page of 50 by SLA due: ours %s; engine TaskQuery %s; p99 ratio %.0f×%n",
          ourPage, enginePage, enginePage.p(99) / ourPage.p(99));
      System.out.printf("[bench] queue count: ours %s; engine TaskQuery %s; p99 ratio %.0f×%n",
          ourCount, engineCount, engineCount.p(99) / ourCount.p(99));
      System.out.printf("[bench] queue free-text search (trigram index): ours %s%n", search);
    } finally {
      BenchData.remove(jdbc, "qb-");
    }
  }
}
