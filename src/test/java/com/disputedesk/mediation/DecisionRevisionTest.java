package com.disputedesk.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.disputedesk.common.RuleViolation;
import com.disputedesk.dispute.DisputeStatus;
import com.disputedesk.dispute.Disputes;
import com.disputedesk.refund.RefundInstructions;
import com.disputedesk.sla.Retiming;
import com.disputedesk.sla.SlaCalendar;
import com.disputedesk.sla.SlaPolicies;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.Mails;
import com.disputedesk.timeline.CaseTimeline;
import com.disputedesk.timeline.TimelineEntry;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** DOMAIN.md §1b: revising a decision needs a second mediator; both versions stay on record. */
class DecisionRevisionTest extends IntegrationTest {
  @Autowired DecisionRevisions revisions;
  @Autowired Disputes disputes;
  @Autowired RefundInstructions refunds;
  @Autowired CaseTimeline timeline;
  @Autowired JdbcClient jdbc;
  @Autowired com.disputedesk.worklist.Worklist worklist;
  @Autowired SlaPolicies policies;
  @Autowired Retiming retiming;

  @Test
  void theSeedsLastDayReversalNeedsASecondMediator() {
    time.freeze();
    var d = cases.escalated();
    cases.claimed(d, "mediator1");
    cases.decideFull(d, "mediator1");
    await().atMost(Duration.ofSeconds(60)).until(() -> refunds.forDispute(d.id()).size() == 1);

    time.travel(Duration.ofDays(5));
    revisions.propose(d.id(), "mediator1", new DecisionCommand(DecisionOutcome.REJECTED, null,
        DecisionReason.INSUFFICIENT_BUYER_EVIDENCE, "On reflection the seller's evidence prevails."));
    assertThat(worklist.openTasksOf(d.id())).extracting(t -> t.taskKey()).containsExactly("Task_ApproveRevision");
    assertThat(worklist.openTasksOf(d.id()).get(0).stage()).isEqualTo("REVISION");
    assertThat(disputes.get(d.id()).decision().amount()).isEqualByComparingTo("11668.71");
    assertThatThrownBy(() -> revisions.approve(d.id(), "mediator1"))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("second mediator");

    revisions.approve(d.id(), "mediator2");
    var revised = disputes.get(d.id());
    assertThat(revised.decision().outcome()).isEqualTo("REJECTED");
    assertThat(revised.status()).isEqualTo(DisputeStatus.RESOLVED);
    assertThat(revised.appealDueAt()).isEqualTo(time.now().plus(Duration.ofDays(7)));
    assertThat(jdbc.sql("select count(*) from mediation_decision where dispute_id = ?").param(d.id())
        .query(Integer.class).single()).isEqualTo(2);
    assertThat(timeline.of(d.id())).extracting(TimelineEntry::type)
        .contains("DECIDED", "REVISION_PROPOSED", "DECISION_REVISED");
    assertThat(worklist.openTasksOf(d.id())).isEmpty();
    await().atMost(Duration.ofSeconds(60)).until(() -> refunds.forDispute(d.id()).size() == 2);
    assertThat(refunds.forDispute(d.id()).get(1).amount()).isEqualByComparingTo(new BigDecimal("-11668.71"));
    await().atMost(Duration.ofSeconds(60)).until(() -> Mails.count(MAIL, "Decision revised", d.buyer()) == 1);

    // the appeal window restarted with the revision: it closes 7 days after it, not after the first decision
    time.travel(Duration.ofDays(3));
    assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.RESOLVED);
    time.travel(Duration.ofDays(4));
    assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.CLOSED);
    var revisedEvent = integrationEvents.data(d.id(), "dispute.decision_revised");
    assertThat(revisedEvent.at("/previousRefund/amount").asText()).isEqualTo("11668.71");
    assertThat(revisedEvent.at("/refund/amount").asText()).isEqualTo("0.00");
    assertThat(integrationEvents.types(d.id())).containsSubsequence("dispute.decided", "refund.instructed",
        "dispute.decision_revised", "refund.instructed", "dispute.closed");
  }

  /** An operations lead lengthening the appeal window re-times a revised case from the revision, not the decision. */
  @Test
  void reTimingTheAppealWindowMeasuresARevisedDecisionsWindowFromTheRevision() {
    time.freeze();
    var d = cases.escalated();
    cases.claimed(d, "mediator1");
    cases.decidePartial(d, "mediator1", "2000.00");
    time.travel(Duration.ofDays(5));
    revisions.propose(d.id(), "mediator1", new DecisionCommand(DecisionOutcome.REJECTED, null,
        DecisionReason.INSUFFICIENT_BUYER_EVIDENCE, "On reflection the seller's evidence prevails."));
    revisions.approve(d.id(), "mediator2");
    java.time.Instant revisedAt = time.now();
    policies.update("appeal-window", "P10D", SlaCalendar.CALENDAR_DAYS, "test");
    try {
      retiming.apply("appeal-window", "test"); // every running window: 10 days from the start of its deadline
      assertThat(disputes.get(d.id()).appealDueAt()).isEqualTo(revisedAt.plus(Duration.ofDays(10)));
      time.travel(Duration.ofDays(9)); // 14 days after the first decision: from it, the window would have closed
      assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.RESOLVED);
      time.travel(Duration.ofDays(1));
      assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.CLOSED);
    } finally {
      policies.update("appeal-window", "P7D", SlaCalendar.CALENDAR_DAYS, "test");
    }
  }

  @Test
  void aRejectedRevisionLeavesTheDecisionAsItWas() {
    var d = cases.escalated();
    cases.claimed(d, "mediator1");
    cases.decidePartial(d, "mediator1", "3000.00");
    revisions.propose(d.id(), "mediator2", new DecisionCommand(DecisionOutcome.FULL_REFUND, null,
        DecisionReason.NOT_AS_DESCRIBED_CONFIRMED, "The whole item is unusable."));
    assertThatThrownBy(() -> revisions.propose(d.id(), "mediator1", new DecisionCommand(DecisionOutcome.REJECTED, null,
        DecisionReason.DELIVERED_AS_DESCRIBED, "No.")))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("already waits");
    revisions.reject(d.id(), "mediator1");
    assertThat(disputes.get(d.id()).decision().amount()).isEqualByComparingTo("3000.00");
    assertThat(revisions.pending(d.id())).isEmpty();
  }

  @Test
  void onlyADecidedDisputeCanBeRevised() {
    var d = cases.escalated();
    assertThatThrownBy(() -> revisions.propose(d.id(), "mediator1", new DecisionCommand(DecisionOutcome.REJECTED, null,
        DecisionReason.DELIVERED_AS_DESCRIBED, "Not yet decided.")))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("ESCALATED");
  }

  @Test
  void aRevisionStillPendingWhenTheAppealWindowEndsLapsesWithTheCaseAndLeavesTheQueue() {
    time.freeze();
    var d = cases.decided("mediator1");
    revisions.propose(d.id(), "mediator2", new DecisionCommand(DecisionOutcome.FULL_REFUND, null,
        DecisionReason.NOT_AS_DESCRIBED_CONFIRMED, "The whole item is unusable, as both photos show."));
    assertThat(worklist.openTasksOf(d.id())).extracting(com.disputedesk.worklist.WorkItem::taskKey)
        .containsExactly("Task_ApproveRevision");

    time.travelTo(disputes.get(d.id()).appealDueAt().plusSeconds(1));

    assertThat(disputes.get(d.id()).status()).isEqualTo(com.disputedesk.dispute.DisputeStatus.CLOSED);
    assertThat(revisions.pending(d.id())).as("the revision lapsed with the case").isEmpty();
    assertThat(worklist.openTasksOf(d.id())).as("no queue item left that the case cannot act on").isEmpty();
    assertThat(timeline.of(d.id())).extracting(com.disputedesk.timeline.TimelineEntry::type)
        .contains("CLOSED", "REVISION_LAPSED");
    assertThat(disputes.get(d.id()).decision().amount()).as("the decision stands").isEqualByComparingTo("1000.00");
    assertThat(engineInstances(d.id())).as("the case's process ended too").isZero();
  }

  private long engineInstances(java.util.UUID disputeId) {
    return jdbc.sql("select count(*) from act_ru_execution where business_key_ = ?").param(disputeId.toString())
        .query(Long.class).single();
  }
}
