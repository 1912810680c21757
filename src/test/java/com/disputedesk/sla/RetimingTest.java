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
  void runningNegotiationsMoveToExactlyThePreviewedDates() {
    Instant opened = time.freeze();
    List<Cases.Dispute> running = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
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

    var applied = api.as("opslead1", HttpMethod.POST, "/api/v1/sla-policies/negotiation/retime", null, null);
    assertThat(applied.body().path("moving").asInt()).isEqualTo(previewed);
    assertThat(applied.body().path("applied").asBoolean()).isTrue();
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

  private Instant jobDue(Cases.Dispute d) {
    String pi = jdbc.sql("select id_ from act_ru_execution where business_key_ = ? and parent_id_ is null")
        .param(d.id().toString()).query(String.class).single();
    return management.createJobQuery().processInstanceId(pi).activityId("Timer_NegotiationExpired").singleResult()
        .getDuedate().toInstant();
  }
}
