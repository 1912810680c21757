package com.disputedesk.bench;

import java.util.Arrays;
import java.util.function.IntConsumer;

/** Wall-clock latencies of repeated calls, sorted, with their percentiles in milliseconds. */
record Latencies(long[] sortedNanos) {

  static Latencies of(int calls, IntConsumer call) {
    long[] nanos = new long[calls];
    for (int i = 0; i < calls; i++) {
      long start = System.nanoTime();
      call.accept(i);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return new Latencies(nanos);
  }

  double p(int percentile) {
    return sortedNanos[Math.min(sortedNanos.length - 1, sortedNanos.length * percentile / 100)] / 1e6;
  }

  @Override
  public String toString() {
    return String.format("p50 %.2f ms, p99 %.2f ms", p(50), p(99));
  }
}
