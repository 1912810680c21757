package com.disputedesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.dispute.DisputeStatus;
import com.disputedesk.dispute.Disputes;
import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.timeline.CaseTimeline;
import com.disputedesk.timeline.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A shortened negotiation applied to running disputes: preview equals result, deadlines and audit follow. */
class RetimingTest extends IntegrationTest {
  @Autowired SlaPolicies policies;
  @Autowired Retiming retiming;
  @Autowired Disputes disputes;
  @Autowired ManagementService management;
  @Autowired CaseTimeline timeline;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void restore() {
    policies.update("negotiation", "P15D", SlaCalendar.CALENDAR_DAYS, "test");
  }

  @Test
  void twoThousandRunningNegotiationsMoveInTheBackgroundToExactlyThePreviewedDates() throws Exception {
    Instant opened = time.freeze();
    List<java.util.UUID> bulk = openMany(2000);
    List<Cases.Dispute> running = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      running.add(cases.open());
    }
    time.travel(Duration.ofDays(2));
    api.as("opslead1", HttpMethod.PUT, "/api/v1/sla-policies/negotiation", null,
        Map.of("duration", "P10D", "calendar", "CALENDAR_DAYS"));
    assertThat(disputes.get(running.get(0).id()).negotiationDueAt()).as("running timers keep their date until re-timed")
        .isEqualTo(opened.plus(Duration.ofDays(15)));

    var preview = api.as("opslead1", HttpMethod.POST, "/api/v1/sla-policies/negotiation/retime?dryRun=true", null, null);
    assertThat(preview.status()).isEqualTo(200);
    int previewed = preview.body().path("moving").asInt();
    assertThat(previewed).isGreaterThanOrEqualTo(30);
    assertThat(preview.body().path("applied").asBoolean()).isFalse();

    var run = runs.start("negotiation", "opslead1");
    assertThat(run.total()).isEqualTo(previewed);
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(2))
        .until(() -> runs.find(run.id()).orElseThrow().finished());
    assertThat(runs.find(run.id()).orElseThrow().done()).isEqualTo(previewed);
    assertThat(jdbc.sql("select count(*) from dispute where id = any(?) and negotiation_due_at = ?")
        .params(bulk.toArray(java.util.UUID[]::new), java.sql.Timestamp.from(opened.plus(Duration.ofDays(10))))
        .query(Integer.class).single()).as("every one of the 2 000 at exactly its previewed date").isEqualTo(2000);
    // 2 000 openings mean 2 000 emails in the outbox: let them go out before the next test waits for one
    org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(3)).until(() ->
        jdbc.sql("select count(*) from outgoing_email where status = 'STORED'").query(Long.class).single() == 0);
    Instant target = opened.plus(Duration.ofDays(10));
    assertThat(management.createJobQuery().timers().activityId("Timer_NegotiationExpired")
        .duedateHigherThan(java.util.Date.from(target.minusMillis(1)))
        .duedateLowerThan(java.util.Date.from(target.plusMillis(1))).count())
        .as("and so are their engine timers").isGreaterThanOrEqualTo(2003);
    assertThat(retiming.preview("negotiation").moving()).as("nothing left to move").isZero();
    for (Cases.Dispute d : running) {
      Instant due = opened.plus(Duration.ofDays(10));
      assertThat(disputes.get(d.id()).negotiationDueAt()).isEqualTo(due);
      assertThat(jobDue(d)).isEqualTo(due);
      assertThat(timeline.of(d.id())).extracting(TimelineEntry::type).contains("SLA_RETIMED");
    }
    assertThat(jdbc.sql("select timers_moved from sla_policy_change where policy_key = 'negotiation' "
        + "and changed_by = 'opslead1' order by id desc limit 1").query(Integer.class).single()).isEqualTo(previewed);

    time.travelTo(opened.plus(Duration.ofDays(10)));
    assertThat(disputes.get(running.get(0).id()).status()).isEqualTo(DisputeStatus.ESCALATED);
  }

  @Test
  void shorteningBelowTheElapsedTimeMakesTimersDueAtOnce() {
    time.freeze();
    var d = cases.open();
    time.travel(Duration.ofDays(6));
    RetimePlan plan = retiming.preview("negotiation", "P5D", SlaCalendar.CALENDAR_DAYS);
    assertThat(plan.overdueAtOnce()).isGreaterThanOrEqualTo(1);
    assertThat(policies.get("negotiation").duration()).as("a preview saves nothing").isEqualTo("P15D");
    policies.update("negotiation", "P5D", SlaCalendar.CALENDAR_DAYS, "opslead1");
    retiming.apply("negotiation", "opslead1");
    time.runDueJobs();
    assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.ESCALATED);
  }

  @Test
  void theSynchronousApiAppliesAndAnInterruptedRunResumes() {
    time.freeze();
    var d = cases.open();
    time.travel(Duration.ofDays(1));
    policies.update("negotiation", "P12D", SlaCalendar.CALENDAR_DAYS, "opslead1");
    var applied = api.as("opslead1", HttpMethod.POST, "/api/v1/sla-policies/negotiation/retime", null, null);
    assertThat(applied.body().path("applied").asBoolean()).isTrue();
    assertThat(disputes.get(d.id()).negotiationDueAt()).isEqualTo(disputes.get(d.id()).openedAt().plus(Duration.ofDays(12)));

    policies.update("negotiation", "P11D", SlaCalendar.CALENDAR_DAYS, "opslead1");
    java.util.UUID interrupted = java.util.UUID.randomUUID();
    jdbc.sql("insert into retime_run (id, policy_key, requested_by, started_at, total, status) "
        + "values (?, 'negotiation', 'opslead1', now(), 1, 'RUNNING')").param(interrupted).update();
    runs.resumeInterrupted();
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(1))
        .until(() -> runs.find(interrupted).orElseThrow().finished());
    assertThat(disputes.get(d.id()).negotiationDueAt()).isEqualTo(disputes.get(d.id()).openedAt().plus(Duration.ofDays(11)));
  }

  @Test
  void twoNodesResumingAnInterruptedRunMoveEachTimerOnce() throws Exception {
    Instant opened = time.freeze();
    List<java.util.UUID> bulk = openMany(1_100); // more than two pages
    policies.update("negotiation", "P9D", SlaCalendar.CALENDAR_DAYS, "opslead2");
    int moving = retiming.preview("negotiation").moving();
    java.util.UUID interrupted = java.util.UUID.randomUUID();
    jdbc.sql("insert into retime_run (id, policy_key, requested_by, started_at, total, status) "
        + "values (?, 'negotiation', 'opslead2', now(), ?, 'RUNNING')").params(interrupted, moving).update();
    assertThat(runs.step(interrupted)).as("the first page, before the node stopped").isTrue();

    var nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
    var a = nodes.submit(() -> { while (runs.step(interrupted)) { } });
    var b = nodes.submit(() -> { while (runs.step(interrupted)) { } });
    a.get();
    b.get();
    nodes.shutdown();

    assertThat(runs.find(interrupted).orElseThrow().finished()).isTrue();
    assertThat(runs.find(interrupted).orElseThrow().done()).isEqualTo(moving);
    assertThat(jdbc.sql("select count(*) from case_event where case_id = any(?) and type = 'SLA_RETIMED' "
            + "and actor = 'opslead2'").param(bulk.toArray(java.util.UUID[]::new)).query(Integer.class).single())
        .as("each timer moved once").isEqualTo(1_100);
    assertThat(jdbc.sql("select count(*) from dispute where id = any(?) and negotiation_due_at = ?")
        .params(bulk.toArray(java.util.UUID[]::new), java.sql.Timestamp.from(opened.plus(Duration.ofDays(9))))
        .query(Integer.class).single()).isEqualTo(1_100);
    org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(3)).until(() ->
        jdbc.sql("select count(*) from outgoing_email where status = 'STORED'").query(Long.class).single() == 0);
  }

  private List<java.util.UUID> openMany(int count) throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    var futures = new ArrayList<java.util.concurrent.Future<java.util.UUID>>();
    for (int i = 0; i < count; i++) {
      int n = i;
      futures.add(pool.submit(() -> opening.open(com.disputedesk.common.PartyId.of("bulk-buyer-" + n),
          new com.disputedesk.dispute.OpenDisputeRequest(new com.disputedesk.dispute.OrderSnapshot(
              Cases.unique("BULK"), "bulk-seller", "Bulk Store", "Bulk item",
              com.disputedesk.common.Money.of("100.00", "RUB"), com.disputedesk.common.Money.of("0.00", "RUB"), null,
              null, time.now().plus(Duration.ofDays(20)), null, null), com.disputedesk.dispute.DisputeReason.NOT_RECEIVED,
              false, new com.disputedesk.dispute.Outcome(com.disputedesk.dispute.OutcomeType.FULL_REFUND, null),
              "Never arrived.")).id()));
    }
    List<java.util.UUID> ids = new ArrayList<>();
    for (var f : futures) {
      ids.add(f.get());
    }
    pool.shutdown();
    return ids;
  }

  @Autowired com.disputedesk.dispute.DisputeOpening opening;
  @Autowired RetimeRuns runs;

  private Instant jobDue(Cases.Dispute d) {
    String pi = jdbc.sql("select id_ from act_ru_execution where business_key_ = ? and parent_id_ is null")
        .param(d.id().toString()).query(String.class).single();
    return management.createJobQuery().processInstanceId(pi).activityId("Timer_NegotiationExpired").singleResult()
        .getDuedate().toInstant();
  }
}
