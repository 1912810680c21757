package com.disputedesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.AppNode;
import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code kill -9} in the middle of 1 000 concurrent cases: after a restart on the same database every acknowledged
 * call's effect is there, every case has its timer, no refund instruction exists twice, and the events that were in
 * flight are delivered. Run with {@code ./mvnw -B verify -Preliability}.
 */
class CrashRecoveryReliabilityTest extends IntegrationTest {
  private static final int CASES = Integer.getInteger("reliability.cases", 1000);
  private static final int CLIENTS = 8;
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;

  @Test
  void aNodeKilledMidRunLosesNothingItAcknowledged() throws Exception {
    String run = Cases.unique("crash");
    List<CaseRun> cases = new ArrayList<>();
    for (int n = 0; n < CASES; n++) {
      cases.add(new CaseRun(run, n));
    }
    String url = Nodes.jdbcUrl(dataSource);
    try (AppNode first = AppNode.start("crash-first", url, MAIL.getSmtp().getPort())) {
      AtomicInteger opened = new AtomicInteger();
      drive(cases, first, () -> {
        if (opened.incrementAndGet() == CASES * 2 / 5) {
          killQuietly(first); // mid-run: 40 % of the cases have had their first acknowledged call
        }
      });
    }
    long acknowledgedBeforeCrash = cases.stream().filter(c -> c.opened).count();
    System.out.printf("%n[reliability] killed with %d of %d cases opened, %d fully driven%n", acknowledgedBeforeCrash,
        CASES, cases.stream().filter(CaseRun::done).count());
    assertThat(acknowledgedBeforeCrash).isBetween((long) CASES * 2 / 5, (long) CASES - 1);

    try (AppNode second = AppNode.start("crash-second", url, MAIL.getSmtp().getPort())) {
      drive(cases, second, () -> { });
      assertThat(cases).allMatch(CaseRun::done);
      Nodes.awaitUntil("every event published before the crash is delivered", () -> jdbc.sql(
          "select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0);
      Nodes.awaitUntil("every email stored before the crash is sent", () -> jdbc.sql(
          "select count(*) from outgoing_email where status <> 'SENT'").query(Long.class).single() == 0);
    }
    new RecoveryChecks(jdbc).verify(cases);
  }

  /** Every case advanced by {@code CLIENTS} concurrent clients until done or the node stops answering. */
  private static void drive(List<CaseRun> cases, AppNode node, Runnable afterEachOpening) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < CLIENTS; t++) {
      work.add(clients.submit(() -> {
        for (int i = next.getAndIncrement(); i < cases.size(); i = next.getAndIncrement()) {
          CaseRun c = cases.get(i);
          boolean wasOpened = c.opened;
          boolean advanced = c.advance(node);
          if (!wasOpened && c.opened) {
            afterEachOpening.run();
          }
          if (!advanced && !node.alive()) {
            return; // the node is gone: what was not acknowledged is retried on the next one
          }
        }
      }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    clients.shutdown();
  }

  private static void killQuietly(AppNode node) {
    try {
      node.kill();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
