package com.disputedesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing. After {@code user-failures} failed sign-ins to one account, each further attempt waits
 * twice as long as the last (1 s, 2 s, … at most {@code user-max-wait}, one minute by default): an attacker can slow
 * a real user down but never lock them out. An address that fails {@code address-failures} times, across any
 * accounts, waits up to {@code address-max-wait}. Failures are forgotten after {@code window}; a success clears
 * the account's count. Kept per node, in memory: a node restart forgets, which only ever helps the real user.
 */
@Component
class SignInThrottle {
  private record Failures(int count, Instant last) {}

  private static final int MAX_TRACKED = 100_000;
  private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int userFailures;
  private final Duration userMaxWait;
  private final int addressFailures;
  private final Duration addressMaxWait;
  private final Duration window;

  SignInThrottle(Clock clock, @Value("${disputedesk.sign-in.user-failures:5}") int userFailures,
      @Value("${disputedesk.sign-in.user-max-wait:PT1M}") Duration userMaxWait,
      @Value("${disputedesk.sign-in.address-failures:30}") int addressFailures,
      @Value("${disputedesk.sign-in.address-max-wait:PT15M}") Duration addressMaxWait,
      @Value("${disputedesk.sign-in.window:PT15M}") Duration window) {
    this.clock = clock;
    this.userFailures = userFailures;
    this.userMaxWait = userMaxWait;
    this.addressFailures = addressFailures;
    this.addressMaxWait = addressMaxWait;
    this.window = window;
  }

  /** How long this attempt must still wait, if at all. */
  Optional<Duration> waitFor(String username, String address) {
    Instant now = clock.instant();
    Duration user = wait(failures.get("u:" + normalise(username)), userFailures, userMaxWait, now);
    Duration addr = wait(failures.get("a:" + address), addressFailures, addressMaxWait, now);
    Duration longest = user.compareTo(addr) >= 0 ? user : addr;
    return longest.isZero() ? Optional.empty() : Optional.of(longest);
  }

  void failed(String username, String address) {
    if (failures.size() > MAX_TRACKED) {
      forgetOld();
    }
    Instant now = clock.instant();
    for (String key : new String[] {"u:" + normalise(username), "a:" + address}) {
      failures.merge(key, new Failures(1, now), (old, one) -> expired(old, now) ? one
          : new Failures(old.count() + 1, now));
    }
  }

  void succeeded(String username) {
    failures.remove("u:" + normalise(username));
  }

  void forgetAll() {
    failures.clear();
  }

  private Duration wait(Failures f, int allowed, Duration max, Instant now) {
    if (f == null || f.count() < allowed || expired(f, now)) {
      return Duration.ZERO;
    }
    long seconds = 1L << Math.min(30, f.count() - allowed);
    Duration backoff = Duration.ofSeconds(seconds).compareTo(max) > 0 ? max : Duration.ofSeconds(seconds);
    Duration left = Duration.between(now, f.last().plus(backoff));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private boolean expired(Failures f, Instant now) {
    return f.last().plus(window).isBefore(now);
  }

  private void forgetOld() {
    Instant now = clock.instant();
    failures.entrySet().removeIf(e -> expired(e.getValue(), now));
  }

  private static String normalise(String username) {
    return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
