package com.disputedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic: doubling waits, bounded per account, a stricter budget per address. */
class SignInThrottleTest {
  private Instant now = Instant.parse("2026-12-01T10:00:00Z");
  private final Clock clock = new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  };
  private final SignInThrottle throttle = new SignInThrottle(clock, 5, Duration.ofMinutes(1), 30,
      Duration.ofMinutes(15), Duration.ofMinutes(15));

  @Test
  void anAccountWaitsTwiceAsLongAfterEachFurtherFailureButNeverMoreThanAMinute() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("anna", "10.0.0." + i);
    }
    assertThat(throttle.waitFor("anna", "10.0.0.9")).isEmpty();
    throttle.failed("Anna", "10.0.0.5");
    assertThat(throttle.waitFor("anna", "10.0.0.9")).hasValue(Duration.ofSeconds(1));
    throttle.failed("anna", "10.0.0.6");
    assertThat(throttle.waitFor("anna", "10.0.0.9")).hasValue(Duration.ofSeconds(2));
    for (int i = 0; i < 20; i++) {
      throttle.failed("anna", "10.0.1." + i);
    }
    assertThat(throttle.waitFor("anna", "10.0.0.9")).as("an attacker cannot lock Anna out").hasValue(
        Duration.ofMinutes(1));
    now = now.plusSeconds(61);
    assertThat(throttle.waitFor("anna", "10.0.0.9")).isEmpty();
    throttle.succeeded("anna");
    throttle.failed("anna", "10.0.0.9");
    assertThat(throttle.waitFor("anna", "10.0.0.9")).as("a success starts over").isEmpty();
  }

  @Test
  void anAddressGuessingManyAccountsIsSlowedDownAndOthersAreNot() {
    for (int i = 0; i < 30; i++) {
      throttle.failed("user" + i, "203.0.113.7");
    }
    assertThat(throttle.waitFor("somebody", "203.0.113.7")).hasValue(Duration.ofSeconds(1));
    for (int i = 0; i < 12; i++) {
      throttle.failed("user" + i, "203.0.113.7");
    }
    assertThat(throttle.waitFor("somebody", "203.0.113.7")).hasValue(Duration.ofMinutes(15));
    assertThat(throttle.waitFor("somebody", "198.51.100.1")).isEmpty();
    now = now.plus(Duration.ofMinutes(16));
    assertThat(throttle.waitFor("somebody", "203.0.113.7")).as("forgotten after the window").isEmpty();
  }
}
