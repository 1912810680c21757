package com.disputedesk.mediation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.disputedesk.support.BenchData;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prints figures, asserts nothing about time ({@code ./mvnw -B verify -Pbench}): the mediation queue's first render
 * and page-down over 100 000 open items, and the heap a signed-in workspace session holds.
 */
class WorkspaceBenchmark extends IntegrationTest {
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  @Test
  void queueRenderAndSessionHeap() {
    BenchData.openItems(jdbc, "ui-bench-", "mediators", 100_000);
    try {
      for (int i = 0; i < 5; i++) {
        render(); // warm-up
      }
      long[] firstRender = new long[20];
      long[] pageDown = new long[20];
      for (int i = 0; i < firstRender.length; i++) {
        KaribuSupport.start(context);
        KaribuSupport.signIn("mediator1", "MEDIATOR");
        long start = System.nanoTime();
        UI.getCurrent().navigate("mediation");
        MediationQueueView view = _get(MediationQueueView.class);
        GridKt._fetch(view.grid, 0, 50);
        firstRender[i] = System.nanoTime() - start;
        start = System.nanoTime();
        GridKt._fetch(view.grid, 50 * (i + 1), 50);
        pageDown[i] = System.nanoTime() - start;
        KaribuSupport.stop();
      }
      System.out.printf("%n[bench] queue view first render over 100k open items (navigation, count and first 50 rows):"
          + " p50 %.1f ms, max %.1f ms%n", median(firstRender), max(firstRender));
      System.out.printf("[bench] queue page-down (next 50 rows): p50 %.1f ms, max %.1f ms%n", median(pageDown),
          max(pageDown));
      System.out.printf("[bench] heap held by one signed-in session with the queue open: ~%d KiB%n",
          sessionHeap() / 1024);
    } finally {
      BenchData.remove(jdbc, "ui-bench-");
    }
  }

  private MediationQueueView render() {
    KaribuSupport.start(context);
    KaribuSupport.signIn("mediator1", "MEDIATOR");
    UI.getCurrent().navigate("mediation");
    MediationQueueView view = _get(MediationQueueView.class);
    GridKt._fetch(view.grid, 0, 50);
    return view;
  }

  /** Used heap with twenty sessions kept alive, minus without them, after full collections, per session. */
  private long sessionHeap() {
    int sessions = 20;
    long before = usedAfterGc();
    var alive = new java.util.ArrayList<Object>();
    for (int i = 0; i < sessions; i++) {
      MediationQueueView view = render();
      alive.add(com.vaadin.flow.server.VaadinSession.getCurrent());
      alive.add(UI.getCurrent());
      alive.add(view);
    }
    long with = usedAfterGc();
    KaribuSupport.stop();
    alive.clear();
    return (with - before) / sessions;
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1e6;
  }

  private static double max(long[] nanos) {
    return Arrays.stream(nanos).max().orElse(0) / 1e6;
  }
}
