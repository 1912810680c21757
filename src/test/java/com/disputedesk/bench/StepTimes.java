package com.disputedesk.bench;

import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Mean wall-clock time per named step across threads, in the order the steps first ran. */
final class StepTimes {
  private final Map<String, LongAdder[]> steps = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());

  <T> T time(String step, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      LongAdder[] totals = steps.computeIfAbsent(step, s -> new LongAdder[] {new LongAdder(), new LongAdder()});
      totals[0].add(System.nanoTime() - start);
      totals[1].increment();
    }
  }

  void time(String step, Runnable work) {
    time(step, () -> {
      work.run();
      return null;
    });
  }

  void clear() {
    steps.clear();
  }

  @Override
  public String toString() {
    synchronized (steps) {
      return steps.entrySet().stream().map(e -> String.format("%s %.1f ms", e.getKey(),
          e.getValue()[0].sum() / 1e6 / Math.max(1, e.getValue()[1].sum()))).collect(Collectors.joining(", "));
    }
  }
}
