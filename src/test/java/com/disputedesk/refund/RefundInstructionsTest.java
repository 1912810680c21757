package com.disputedesk.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.mediation.DecisionOutcome;
import com.disputedesk.mediation.DecisionReason;
import com.disputedesk.mediation.DisputeDecided;
import com.disputedesk.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One refund instruction per decision or agreement, however often its event is delivered. */
class RefundInstructionsTest extends IntegrationTest {
  @Autowired RefundInstructions refunds;

  @Test
  void aRedeliveredDecisionPaysOnce() {
    var d = cases.escalated();
    var event = new DisputeDecided(d.id(), UUID.randomUUID(), DecisionOutcome.PARTIAL_REFUND, new BigDecimal("10.00"),
        "RUB", DecisionReason.NOT_AS_DESCRIBED_CONFIRMED);
    refunds.on(event); // asynchronous through the listener proxy, like a redelivery by the publication registry
    refunds.on(event);
    await().atMost(Duration.ofSeconds(60)).until(() -> refunds.forDispute(d.id()).size() == 1);
    await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
        .until(() -> refunds.forDispute(d.id()).size() == 1);
  }

  @Test
  void anAgreementOnARefundInstructsItOnce() {
    var d = cases.open();
    api.post(d.path() + "/seller-response", d.seller(), Map.of("action", "PROPOSE",
        "proposal", Map.of("type", "PARTIAL_REFUND", "amount", "1500.50"), "message", "A discount for the scratch."));
    api.post(d.path() + "/buyer-response", d.buyer(), Map.of("action", "ACCEPT_PROPOSAL"));
    await().atMost(Duration.ofSeconds(60)).until(() -> refunds.forDispute(d.id()).size() == 1);
    assertThat(refunds.forDispute(d.id()).get(0).amount()).isEqualByComparingTo("1500.50");
  }
}
