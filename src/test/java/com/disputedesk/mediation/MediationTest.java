package com.disputedesk.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.dispute.DisputeStatus;
import com.disputedesk.dispute.Disputes;
import com.disputedesk.refund.RefundInstructions;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.Mails;
import com.disputedesk.worklist.ClaimLeaseReaper;
import com.disputedesk.worklist.ClaimLost;
import com.disputedesk.worklist.Worklist;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Claiming, deciding and the refund ceiling (DOMAIN.md §1b), with the emails and refund they cause. */
class MediationTest extends IntegrationTest {
  @Autowired MediatorDesk desk;
  @Autowired MediationDecisions decisions;
  @Autowired Disputes disputes;
  @Autowired RefundInstructions refunds;
  @Autowired Worklist worklist;
  @Autowired ClaimLeaseReaper reaper;

  @Test
  void theSecondClaimerIsToldWhoHasTheTask() {
    var d = cases.escalated();
    var task = cases.task(d.id());
    desk.claim(task.taskId(), "mediator1");
    assertThatThrownBy(() -> desk.claim(task.taskId(), "mediator2"))
        .isInstanceOf(ClaimLost.class).hasMessageContaining("mediator1");
    desk.release(task.taskId(), "mediator1");
    assertThat(timeline.of(d.id())).extracting(com.disputedesk.timeline.TimelineEntry::type)
        .containsSubsequence("ESCALATED", "CLAIMED", "RELEASED");
  }

  @Autowired com.disputedesk.timeline.CaseTimeline timeline;

  @Test
  void ofTwentySimultaneousClaimsExactlyOneWins() throws Exception {
    var d = cases.escalated();
    String taskId = cases.task(d.id()).taskId();
    var pool = Executors.newFixedThreadPool(20);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String mediator = "mediator-" + i;
      Callable<Boolean> claim = () -> {
        try {
          desk.claim(taskId, mediator);
          return true;
        } catch (ClaimLost e) {
          return false;
        }
      };
      results.add(pool.submit(claim));
    }
    int winners = 0;
    for (Future<Boolean> r : results) {
      winners += r.get() ? 1 : 0;
    }
    pool.shutdown();
    assertThat(winners).isEqualTo(1);
    assertThat(worklist.find(taskId).orElseThrow().assignee()).startsWith("mediator-");
  }

  @Test
  void aRefundNeverExceedsThePartPaidInMoney() {
    var d = cases.escalated();
    cases.claimed(d, "mediator1");
    assertThatThrownBy(() -> decisions.decide(d.id(), "mediator1", partial("11668.72")))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("11668.71");
    assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.ESCALATED);
    assertThat(cases.task(d.id()).assignee()).isEqualTo("mediator1");

    assertThatThrownBy(() -> decisions.decide(d.id(), "mediator1", partial("11668.71")))
        .as("a partial refund of all the money is a full refund: decide it as one")
        .isInstanceOf(InvalidInput.class).hasMessageContaining("full refund");
    decisions.decide(d.id(), "mediator1", partial("11668.70"));
    assertThat(disputes.get(d.id()).decision().amount()).isEqualByComparingTo("11668.70");
  }

  @Test
  void reasonCodesMustFitTheOutcomeAndTheExplanationMustSayWhy() {
    var d = cases.escalated();
    cases.claimed(d, "mediator1");
    assertThatThrownBy(() -> decisions.decide(d.id(), "mediator1", new DecisionCommand(DecisionOutcome.PARTIAL_REFUND,
        new BigDecimal("100.00"), DecisionReason.DELIVERED_AS_DESCRIBED, "The item matches the listing photos.")))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("not a reason for PARTIAL_REFUND");
    assertThatThrownBy(() -> decisions.decide(d.id(), "mediator1", new DecisionCommand(DecisionOutcome.REJECTED, null,
        DecisionReason.EMPTY_PARCEL_CONFIRMED, "The courier photo shows the parcel delivered.")))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("not a reason for REJECTED");
    assertThatThrownBy(() -> decisions.decide(d.id(), "mediator1", new DecisionCommand(DecisionOutcome.REJECTED, null,
        DecisionReason.DELIVERED_AS_DESCRIBED, "ok")))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("three words");
    assertThat(disputes.get(d.id()).status()).as("nothing decided").isEqualTo(DisputeStatus.ESCALATED);
    assertThat(DecisionReason.supporting(DecisionOutcome.REJECTED))
        .containsExactly(DecisionReason.DELIVERED_AS_DESCRIBED, DecisionReason.INSUFFICIENT_BUYER_EVIDENCE);
  }

  @Test
  void aFullRefundPaysOnlyTheMoneyPartNeverTheCoupons() {
    var d = cases.escalated();
    cases.claimed(d, "mediator1");
    decisions.decide(d.id(), "mediator1", new DecisionCommand(DecisionOutcome.FULL_REFUND, null,
        DecisionReason.EMPTY_PARCEL_CONFIRMED, "The postal opening report confirms the parcel was empty."));
    await().atMost(Duration.ofSeconds(60)).until(() -> refunds.forDispute(d.id()).size() == 1);
    assertThat(refunds.forDispute(d.id()).get(0).amount()).isEqualByComparingTo("11668.71");
  }

  @Test
  void onlyTheHolderDecidesAndOnlyWithReasonAndEnglishExplanation() {
    var d = cases.escalated();
    assertThatThrownBy(() -> decisions.decide(d.id(), "mediator1", partial("10.00")))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("Claim");
    cases.claimed(d, "mediator1");
    assertThatThrownBy(() -> decisions.decide(d.id(), "mediator2", partial("10.00")))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("mediator1");
    assertThatThrownBy(() -> decisions.decide(d.id(), "mediator1",
        new DecisionCommand(DecisionOutcome.REJECTED, null, null, "Решение")))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).errors()).extracting(InvalidInput.FieldError::field)
            .containsExactlyInAnyOrder("reason", "explanation"));
  }

  @Test
  void theDecisionReachesBothPartiesThroughTheApiAndByEmailAndPaysOnce() {
    var d = cases.escalated();
    cases.claimed(d, "mediator1");
    cases.decidePartial(d, "mediator1", "4000.00");

    var view = api.get(d.path(), d.buyer());
    assertThat(view.text("status")).isEqualTo("RESOLVED");
    assertThat(view.body().at("/decision/outcome").asText()).isEqualTo("PARTIAL_REFUND");
    assertThat(view.body().at("/decision/refund/amount").asText()).isEqualTo("4000.00");
    assertThat(view.body().at("/deadlines/appealWindowEndsAt").asText()).isNotBlank();
    assertThat(api.get(d.path(), d.seller()).body().at("/decision/explanation").asText()).contains("colour");

    await().atMost(Duration.ofSeconds(60)).until(() -> Mails.count(MAIL, "Decision on", d.buyer()) == 1
        && Mails.count(MAIL, "Decision on", d.seller()) == 1);
    await().atMost(Duration.ofSeconds(60)).until(() -> refunds.forDispute(d.id()).size() == 1);
    assertThat(refunds.forDispute(d.id()).get(0).amount()).isEqualByComparingTo("4000.00");
  }

  @Test
  void aRejectedDisputeOwesNoRefund() throws Exception {
    var d = cases.escalated();
    cases.claimed(d, "mediator1");
    decisions.decide(d.id(), "mediator1", new DecisionCommand(DecisionOutcome.REJECTED, null,
        DecisionReason.DELIVERED_AS_DESCRIBED, "Tracking and the courier's photo show delivery to the buyer."));
    Thread.sleep(500); // give the asynchronous listener a chance to (wrongly) write
    assertThat(refunds.forDispute(d.id())).isEmpty();
  }

  @Test
  void anIdleClaimReturnsToTheQueueAfterTheLease() {
    time.freeze();
    var d = cases.escalated();
    var task = cases.claimed(d, "mediator1");
    assertThat(task.leaseExpiresAt()).isEqualTo(time.now().plus(Duration.ofHours(4)));
    time.travel(Duration.ofHours(3));
    reaper.releaseExpiredClaims();
    assertThat(worklist.find(task.taskId()).orElseThrow().assignee()).isEqualTo("mediator1");
    time.travel(Duration.ofHours(1).plusSeconds(1));
    assertThat(reaper.releaseExpiredClaims()).isGreaterThanOrEqualTo(1);
    assertThat(worklist.find(task.taskId()).orElseThrow().assignee()).isNull();
    await().atMost(Duration.ofSeconds(60)).until(() -> Mails.any(MAIL, "Your claim expired", "mediator1", "queue"));
  }

  @Test
  void onlyRequestedPartiesAnswerEvidenceRequests() {
    var d = cases.escalated();
    cases.claimed(d, "mediator1");
    var request = desk.open(d.id());
    var req = evidence.request(d.id(), "mediator1", true, false, "Send a photo of the label.");
    String path = d.path() + "/evidence-requests/" + req.id() + "/answer";
    assertThat(api.post(path, d.seller(), java.util.Map.of("message", "Not asked")).status()).isEqualTo(409);
    assertThat(api.post(path, "stranger", java.util.Map.of("message", "Hi")).status()).isEqualTo(404);
    assertThat(api.post(path, d.buyer(), java.util.Map.of("message", "Photo sent",
        "evidenceIds", List.of(java.util.UUID.randomUUID()))).status()).isEqualTo(422);
    assertThat(api.post(path, d.buyer(), java.util.Map.of("message", "Photo sent")).status()).isEqualTo(200);
    assertThat(request.dispute().id()).isEqualTo(d.id());
    var requested = integrationEvents.data(d.id(), "evidence.requested");
    assertThat(requested.path("fromBuyer").asBoolean()).isTrue();
    assertThat(requested.path("fromSeller").asBoolean()).isFalse();
    assertThat(requested.path("dueAt").asText()).isNotBlank();
  }

  @Autowired EvidenceRequests evidence;

  private static DecisionCommand partial(String amount) {
    return new DecisionCommand(DecisionOutcome.PARTIAL_REFUND, new BigDecimal(amount),
        DecisionReason.NOT_AS_DESCRIBED_CONFIRMED, "The item differs from the listing photos.");
  }
}
