package com.disputedesk.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.appeal.AppealDecisions;
import com.disputedesk.appeal.AppealDesk;
import com.disputedesk.appeal.AppealOutcome;
import com.disputedesk.mediation.EvidenceRequests;
import com.disputedesk.sla.SlaPolicies;
import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.timeline.CaseTimeline;
import com.disputedesk.worklist.Worklist;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Disputes waiting in every wait state of DisputeCaseProcess 2.0 move to a version 2.1 with a step added before the
 * decision, a renamed evidence wait and its timer timed by another policy; the dry run's numbers are the run's, and
 * every case then goes on to its end on 2.1 with its queue row, deadlines and timeline right.
 */
class ProcessMigrationTest extends IntegrationTest {
  private static final String KEY = "DisputeCaseProcess";
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired EvidenceRequests evidenceRequests;
  @Autowired AppealDesk appealDesk;
  @Autowired AppealDecisions appealDecisions;
  @Autowired Worklist worklist;
  @Autowired CaseTimeline timeline;
  @Autowired SlaPolicies policies;
  @Autowired JdbcClient jdbc;

  @Test
  void casesInEveryWaitStateMoveToTheNextVersionAndFinishThere() throws Exception {
    time.freeze();
    var negotiating = cases.open();
    var escalated = cases.escalated();
    var awaitingEvidence = cases.escalated();
    cases.claimed(awaitingEvidence, "mediator1");
    var request = evidenceRequests.request(awaitingEvidence.id(), "mediator1", true, true,
        "Send the postal opening report.");
    var inAppealWindow = cases.decided("mediator1");
    var inAppealReview = cases.appealed("mediator1");
    var couponsPending = cases.appealed("mediator1");
    review(couponsPending.id(), AppealOutcome.OVERTURNED, new BigDecimal("500.00"));
    List<Cases.Dispute> all = List.of(negotiating, escalated, awaitingEvidence, inAppealWindow, inAppealReview,
        couponsPending);
    String escalatedTask = cases.task(escalated.id()).taskId();
    Instant evidenceStarted = time.now();

    time.travel(Duration.ofHours(20)); // the move comes later than the evidence deadline began

    ProcessDefinition next = NextDisputeModel.deploy(repository);
    try {
      var blocked = admin(HttpMethod.POST, "/api/v1/admin/process-migrations?dryRun=true",
          Map.of("processKey", KEY, "fromVersionTag", "2.0"));
      assertThat(blocked.status()).isEqualTo(200);
      assertThat(activity(blocked, "Task_AwaitEvidence").path("mapping").asText()).isEqualTo("NEEDS_MAPPING");
      assertThat(blocked.body().path("blockedInstances").asLong()).isGreaterThanOrEqualTo(1);
      var refused = admin(HttpMethod.POST, "/api/v1/admin/process-migrations?dryRun=false",
          Map.of("processKey", KEY, "fromVersionTag", "2.0"));
      assertThat(refused.status()).as(refused.body().toString()).isEqualTo(409);
      assertThat(onVersion(negotiating.id())).as("a refused move moves nothing").isNotEqualTo(next.getId());

      Map<String, Object> request2 = Map.of("processKey", KEY, "fromVersionTag", "2.0",
          "mappings", Map.of("Task_AwaitEvidence", "Task_AwaitRequestedEvidence"));
      var preview = admin(HttpMethod.POST, "/api/v1/admin/process-migrations", request2);
      assertThat(preview.status()).isEqualTo(200);
      assertThat(preview.body().path("blockedInstances").asLong()).isZero();
      assertThat(preview.body().path("failures")).isEmpty();
      assertThat(preview.body().path("to").path("version").asInt()).isEqualTo(next.getVersion());
      assertThat(activity(preview, "Task_AwaitEvidence").path("mapping").asText()).isEqualTo("EXPLICIT");
      assertThat(activity(preview, "Task_DecideDispute").path("mapping").asText()).isEqualTo("ONE_TO_ONE");
      Instant newEvidenceDue = policies.dueFrom("mediation-resolution", evidenceStarted);
      var timer = preview.body().path("timers").get(0);
      assertThat(timer.path("activityId").asText()).isEqualTo("Timer_EvidenceOverdue");
      assertThat(timer.path("fromPolicy").asText()).isEqualTo("evidence-response");
      assertThat(timer.path("toPolicy").asText()).isEqualTo("mediation-resolution");
      long instances = preview.body().path("instances").asLong();
      long waiting = 0;
      for (var a : preview.body().path("activities")) {
        waiting += a.path("instances").asLong();
      }
      assertThat(waiting).as("every instance is counted where it waits").isGreaterThanOrEqualTo(instances);

      var started = admin(HttpMethod.POST, "/api/v1/admin/process-migrations?dryRun=false", request2);
      assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
      assertThat(started.body().path("total").asLong()).as("the dry run's count is the run's").isEqualTo(instances);
      String runPath = started.headers().getLocation().toString();
      await().atMost(Duration.ofMinutes(3)).until(() -> {
        time.runDueJobs(); // the batch's seed and migration jobs (tests run jobs themselves)
        return "FINISHED".equals(admin(HttpMethod.GET, runPath, null).text("status"));
      });
      var finished = admin(HttpMethod.GET, runPath, null);
      assertThat(finished.body().path("moved").asLong()).isEqualTo(instances);
      assertThat(finished.body().path("failed").asInt()).isZero();

      for (var d : all) {
        assertThat(onVersion(d.id())).as("case %s runs version 2.1", d.id()).isEqualTo(next.getId());
        assertThat(timeline.of(d.id())).as("the timeline says so")
            .anyMatch(e -> e.type().equals("MODEL_MIGRATED") && e.summary().contains("version " + next.getVersion()));
      }
      assertThat(cases.task(escalated.id()).taskId()).as("queue row kept").isEqualTo(escalatedTask);
      assertThat(evidenceDue(awaitingEvidence.id())).as("the evidence deadline follows the new model's policy")
          .isEqualTo(newEvidenceDue).isEqualTo(jobDue(awaitingEvidence.id(), "Timer_EvidenceOverdue"));

      // every case goes on to its end on version 2.1
      api.post(negotiating.path() + "/seller-response", negotiating.seller(),
          Map.of("action", "REJECT", "message", "Tracking shows the parcel was delivered."));
      assertThat(api.post(negotiating.path() + "/escalate", negotiating.buyer(), null).status()).isEqualTo(200);
      assertThat(runtime.getVariable(instance(negotiating.id()), "preparedOnVersion2"))
          .as("the added step ran").isEqualTo(true);
      String answer = awaitingEvidence.path() + "/evidence-requests/" + request.id() + "/answer";
      assertThat(api.post(answer, awaitingEvidence.buyer(), Map.of("message", "Report attached.")).status())
          .isEqualTo(200);
      assertThat(api.post(answer, awaitingEvidence.seller(), Map.of("message", "Warehouse video attached.")).status())
          .isEqualTo(200);
      assertThat(runtime.getVariable(instance(awaitingEvidence.id()), "preparedOnVersion2")).isEqualTo(true);
      cases.claimed(negotiating, "mediator2");
      cases.decidePartial(negotiating, "mediator2", "900.00");
      cases.claimed(escalated, "mediator2");
      cases.decidePartial(escalated, "mediator2", "800.00");
      cases.decidePartial(awaitingEvidence, "mediator1", "700.00");
      review(inAppealReview.id(), AppealOutcome.UPHELD, null);
      time.travel(Duration.ofDays(10)); // appeal windows close, coupons are credited 5 business days after the overturn
      time.travel(Duration.ofDays(61)); // and expire unused

      for (var d : all) {
        var ended = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(d.id().toString())
            .processDefinitionKey(KEY).singleResult();
        assertThat(ended.getEndTime()).as("case %s ended (%s waits at %s)", d.id(), all.indexOf(d),
            ended.getEndTime() == null ? waitingAt(ended.getId()) : "-").isNotNull();
        assertThat(ended.getProcessDefinitionId()).isEqualTo(next.getId());
        assertThat(worklist.openTasksOf(d.id())).isEmpty();
      }
      assertThat(jdbc.sql("select count(*) from coupon where dispute_id = ?").param(couponsPending.id())
          .query(Integer.class).single()).as("coupons were credited after the move").isPositive();
    } finally {
      repository.deleteDeployment(next.getDeploymentId(), true);
    }
  }

  @Test
  void requestsNamingNoDeployedVersionGetAProblemAnswerAndMoveNothing() {
    var noSource = admin(HttpMethod.POST, "/api/v1/admin/process-migrations?dryRun=false", Map.of("processKey", KEY));
    assertThat(noSource.status()).isEqualTo(422);
    assertThat(noSource.body().path("errors").get(0).path("field").asText()).isEqualTo("fromVersion");
    var unknown = admin(HttpMethod.POST, "/api/v1/admin/process-migrations?dryRun=false",
        Map.of("processKey", KEY, "fromVersionTag", "2.0", "toVersion", 9_999));
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.text("type")).endsWith("/unknown-model-version");
    var same = admin(HttpMethod.POST, "/api/v1/admin/process-migrations",
        Map.of("processKey", KEY, "fromVersionTag", "2.0"));
    assertThat(same.status()).as("the newest version is 2.0 itself").isEqualTo(422);
    assertThat(same.text("type")).endsWith("/same-version");
    assertThat(admin(HttpMethod.GET, "/api/v1/admin/process-migrations", null).body().path("migrations"))
        .as("nothing started").allMatch(m -> !"RUNNING".equals(m.path("status").asText()));
  }

  private void review(UUID disputeId, AppealOutcome outcome, BigDecimal compensation) {
    var task = worklist.openTasksOf(disputeId).stream().filter(t -> t.taskKey().equals("Task_ReviewAppeal"))
        .findFirst().orElseThrow();
    appealDesk.claim(task.taskId(), "commissioner1");
    appealDecisions.decide(disputeId, "commissioner1", outcome, compensation, "Reviewed after the model changed.");
  }

  private com.disputedesk.support.ApiClient.Answer admin(HttpMethod method, String path, Object body) {
    return api.as("admin", method, path, null, body);
  }

  private static com.fasterxml.jackson.databind.JsonNode activity(com.disputedesk.support.ApiClient.Answer a,
      String id) {
    for (var node : a.body().path("activities")) {
      if (node.path("activityId").asText().equals(id)) {
        return node;
      }
    }
    throw new AssertionError(id + " not in " + a.body());
  }

  private List<String> waitingAt(String processInstanceId) {
    return runtime.getActiveActivityIds(processInstanceId);
  }

  private String instance(UUID caseId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(caseId.toString())
        .singleResult().getId();
  }

  private String onVersion(UUID caseId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(caseId.toString())
        .singleResult().getProcessDefinitionId();
  }

  private Instant evidenceDue(UUID disputeId) {
    return jdbc.sql("select due_at from evidence_request where dispute_id = ? and status = 'OPEN'").param(disputeId)
        .query(java.sql.Timestamp.class).single().toInstant();
  }

  private Instant jobDue(UUID caseId, String activityId) {
    return management.createJobQuery().processInstanceId(instance(caseId)).activityId(activityId).singleResult()
        .getDuedate().toInstant();
  }
}
