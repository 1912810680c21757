package com.disputedesk.integration;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.convert.DurationStyle;

/**
 * When a failed delivery is tried again: the n-th failure waits the n-th delay, give or take {@code jitter} (so the
 * retries of an endpoint that was down do not arrive as one wave); after the last delay the delivery is given up.
 */
record RetrySchedule(List<Duration> delays, double jitter) {
  /** About three days in all, growing roughly exponentially: 5 s, 1 min, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 20 h. */
  static final String DEFAULT = "5s,1m,5m,30m,2h,5h,10h,14h,20h,20h";

  static RetrySchedule parse(String spec, double jitter) {
    List<Duration> delays = Arrays.stream(spec.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .map(DurationStyle::detectAndParse).toList();
    if (delays.isEmpty() || delays.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
      throw new IllegalArgumentException("disputedesk.webhooks.retry-schedule needs positive durations, was " + spec);
    }
    return new RetrySchedule(delays, jitter);
  }

  /** The wait after {@code failures} failed attempts, or empty when the delivery is given up. */
  Optional<Duration> after(int failures) {
    if (failures < 1 || failures > delays.size()) {
      return Optional.empty();
    }
    Duration delay = delays.get(failures - 1);
    double factor = 1 + (ThreadLocalRandom.current().nextDouble() * 2 - 1) * jitter;
    return Optional.of(Duration.ofMillis(Math.max(1, Math.round(delay.toMillis() * factor))));
  }

  Duration total() {
    return delays.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
