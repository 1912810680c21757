package com.disputedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.disputedesk.mediation.EvidenceRequests;
import com.disputedesk.mediation.MediatorDesk;
import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.Mails;
import com.disputedesk.worklist.Worklist;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of DisputeCaseProcess, with time travel instead of waiting. */
class DisputeProcessTest extends IntegrationTest {
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired Disputes disputes;
  @Autowired MediatorDesk desk;
  @Autowired EvidenceRequests evidenceRequests;
  @Autowired Worklist worklist;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    // a Monday morning in Moscow, far from public holidays
    time.freezeAt(LocalDateTime.of(2027, 3, 15, 10, 0).atZone(MOSCOW).toInstant());
  }

  @Test
  void escalatesAutomaticallyExactlyWhenNegotiationRunsOut() {
    var d = cases.open();
    Instant due = disputes.get(d.id()).negotiationDueAt();
    assertThat(due).isEqualTo(time.now().plus(Duration.ofDays(15)));
    assertThat(process(d.id())).isWaitingAt("Gateway_NegotiationOutcome");

    time.travelTo(due.minusSeconds(60));
    assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.NEGOTIATION);

    time.travelTo(due);
    Dispute escalated = disputes.get(d.id());
    assertThat(escalated.status()).isEqualTo(DisputeStatus.ESCALATED);
    assertThat(escalated.escalatedBy()).isEqualTo("SYSTEM");
    assertThat(process(d.id())).isWaitingAt("Task_DecideDispute");
    var task = worklist.openTasksOf(d.id()).get(0);
    assertThat(task.candidateGroup()).isEqualTo("mediators");
    assertThat(task.slaDueAt()).isEqualTo(escalated.mediationDueAt());
  }

  @Test
  void agreementEndsTheCaseResolved() {
    var d = cases.open();
    api.post(d.path() + "/seller-response", d.seller(), Map.of("action", "ACCEPT"));
    assertThat(ended(d.id())).isEqualTo("EndEvent_ResolvedByAgreement");
    time.travel(Duration.ofDays(20));
    assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.RESOLVED);
  }

  @Test
  void cancelInNegotiationAndInMediationEndTheCase() {
    var negotiating = cases.open();
    api.post(negotiating.path() + "/cancel", negotiating.buyer(), null);
    assertThat(ended(negotiating.id())).isEqualTo("EndEvent_CancelledInNegotiation");

    var mediating = cases.escalated();
    assertThat(worklist.openTasksOf(mediating.id())).hasSize(1);
    api.post(mediating.path() + "/cancel", mediating.buyer(), null);
    assertThat(ended(mediating.id())).isEqualTo("EndEvent_CancelledInMediation");
    assertThat(worklist.openTasksOf(mediating.id())).isEmpty();
  }

  @Test
  void answeredEvidenceRequestReturnsTheCaseToTheSameMediator() {
    var d = cases.escalated();
    cases.claimed(d, "mediator1");
    var request = evidenceRequests.request(d.id(), "mediator1", true, true, "Send the postal opening report.");
    assertThat(process(d.id())).isWaitingAt("Task_AwaitEvidence");
    assertThat(api.get(d.path(), d.buyer()).text("status")).isEqualTo("AWAITING_EVIDENCE");
    assertThat(worklist.openTasksOf(d.id())).isEmpty();

    String answerPath = d.path() + "/evidence-requests/" + request.id() + "/answer";
    assertThat(api.post(answerPath, d.buyer(), Map.of("message", "Report attached earlier.")).status()).isEqualTo(200);
    assertThat(api.get(d.path(), d.buyer()).text("waitingFor")).isEqualTo("SELLER");
    assertThat(api.post(answerPath, d.buyer(), Map.of("message", "Again")).status()).isEqualTo(409);
    assertThat(api.post(answerPath, d.seller(), Map.of("message", "Our warehouse video shows the packing.")).status())
        .isEqualTo(200);

    assertThat(process(d.id())).isWaitingAt("Task_DecideDispute");
    var task = worklist.openTasksOf(d.id()).get(0);
    assertThat(task.assignee()).isEqualTo("mediator1");
    assertThat(task.evidenceOverdue()).isFalse();
    assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.ESCALATED);
  }

  @Test
  void evidenceDeadlinePassingReturnsTheCaseMarkedOverdue() {
    var d = cases.escalated();
    cases.claimed(d, "mediator2");
    var request = evidenceRequests.request(d.id(), "mediator2", false, true, "Send the invoice in PDF.");
    assertThat(request.dueAt()).isEqualTo(time.now().plus(Duration.ofDays(3)));

    time.travelTo(request.dueAt().minusSeconds(60));
    assertThat(process(d.id())).isWaitingAt("Task_AwaitEvidence");
    time.travelTo(request.dueAt());

    assertThat(process(d.id())).isWaitingAt("Task_DecideDispute");
    var task = worklist.openTasksOf(d.id()).get(0);
    assertThat(task.assignee()).isEqualTo("mediator2");
    assertThat(task.evidenceOverdue()).isTrue();
    var late = api.post(d.path() + "/evidence-requests/" + request.id() + "/answer", d.seller(),
        Map.of("message", "Here it is"));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.text("detail")).contains("deadline");
  }

  @Test
  void decisionWaitsForTheAppealWindowThenCloses() {
    var d = cases.escalated();
    cases.claimed(d, "mediator1");
    cases.decidePartial(d, "mediator1", "4000.00");
    Dispute decided = disputes.get(d.id());
    assertThat(decided.status()).isEqualTo(DisputeStatus.RESOLVED);
    assertThat(decided.appealDueAt()).isEqualTo(time.now().plus(Duration.ofDays(7)));
    assertThat(process(d.id())).isWaitingAt("Gateway_AppealOrFinal");

    time.travelTo(decided.appealDueAt().minusSeconds(60));
    assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.RESOLVED);
    time.travelTo(decided.appealDueAt());
    assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.CLOSED);
    assertThat(ended(d.id())).isEqualTo("EndEvent_Closed");
  }

  @Test
  void mediationBreachRaisesPriorityAndTellsQualityReviewersButDecidesNothing() {
    var d = cases.escalated();
    Dispute escalated = disputes.get(d.id());
    // Monday 10:00 + 5 working days = next Monday 10:00
    assertThat(escalated.mediationDueAt()).isEqualTo(time.now().plus(Duration.ofDays(7)));

    time.travelTo(escalated.mediationDueAt());
    Dispute breached = disputes.get(d.id());
    assertThat(breached.priority()).isEqualTo(1);
    assertThat(breached.status()).isEqualTo(DisputeStatus.ESCALATED);
    assertThat(process(d.id())).isWaitingAt("Task_DecideDispute");
    assertThat(worklist.openTasksOf(d.id()).get(0).priority()).isEqualTo(1);
    await().atMost(Duration.ofSeconds(60))
        .until(() -> Mails.any(MAIL, "Mediation overdue", "commissioner2", d.id().toString()));
  }

  private ProcessInstance process(UUID id) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(id.toString()).singleResult();
  }

  private String ended(UUID id) {
    var instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id.toString())
        .singleResult();
    assertThat(instance.getEndTime()).as("process ended").isNotNull();
    return instance.getEndActivityId();
  }
}
