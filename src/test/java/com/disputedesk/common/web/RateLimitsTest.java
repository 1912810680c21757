package com.disputedesk.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Budgets: a party's writes and uploads apart, one client's total above them, other parties untouched. */
class RateLimitsTest {
  private final RateLimits limits = new RateLimits(3, 2, 5);

  @Test
  void aPartyOverItsBudgetWaitsAndAnotherPartyDoesNot() {
    for (int i = 0; i < 3; i++) {
      assertThat(limits.take("marketplace", "buyer-a", false)).isEmpty();
    }
    assertThat(limits.take("marketplace", "buyer-a", false)).hasValueSatisfying(wait ->
        assertThat(wait.toSeconds()).isBetween(1L, 20L));
    assertThat(limits.take("marketplace", "buyer-a", true)).as("uploads have their own budget").isEmpty();
    assertThat(limits.take("marketplace", "buyer-b", false)).isEmpty();
    assertThat(limits.take("marketplace", "buyer-c", false)).as("the client's total").isPresent();
    assertThat(limits.take("other-client", "buyer-a", false)).as("the same party id of another client").isEmpty();
  }
}
