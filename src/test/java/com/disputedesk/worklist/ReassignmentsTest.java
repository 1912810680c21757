package com.disputedesk.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.dispute.Disputes;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.Mails;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A lead's bulk reassign and release (team leads' tools): what may move moves, the rest is reported with why, four-eyes
 * holds, the people are told, and the workload counts follow.
 */
class ReassignmentsTest extends IntegrationTest {
  @Autowired Reassignments reassignments;
  @Autowired Workload workload;
  @Autowired Worklist worklist;
  @Autowired Disputes disputes;
  @Autowired RuntimeService runtime;
  @Autowired JdbcClient jdbc;

  @Test
  void aBulkReassignMovesWhatItMayAndSaysWhyItLeftTheRest() {
    var free = cases.escalated();
    var held = cases.escalated();
    cases.claimed(held, "mediator1");
    var appealed = cases.appealed("senior1");
    WorkItem review = task(appealed.id(), "Task_ReviewAppeal");
    int heldBefore = holding("senior1", "mediators");

    HandOver result = reassignments.reassign(List.of(cases.task(free.id()).taskId(), cases.task(held.id()).taskId(),
        review.taskId(), "no-such-task"), "senior1", "opslead1");

    assertThat(result.moved()).extracting(WorkItem::caseId).containsExactly(free.id(), held.id());
    assertThat(result.skipped()).extracting(HandOver.Skip::why)
        .containsExactly(HandOver.Why.FOUR_EYES, HandOver.Why.NO_LONGER_OPEN);
    assertThat(result.skipped().get(0).detail()).contains("mediated this dispute");
    assertThat(cases.task(free.id()).assignee()).isEqualTo("senior1");
    assertThat(cases.task(held.id()).assignee()).isEqualTo("senior1");
    assertThat(task(appealed.id(), "Task_ReviewAppeal").assignee()).as("four-eyes holds").isNull();
    assertThat(holding("senior1", "mediators")).isEqualTo(heldBefore + 2);
    assertThat(jdbc.sql("select count(*) from case_event where case_id = ? and type = 'ASSIGNED' and actor = ?")
        .params(held.id(), "opslead1").query(Integer.class).single()).isEqualTo(1);
    String order = disputes.get(held.id()).orderId();
    await().atMost(Duration.ofSeconds(30)).until(() -> Mails.any(MAIL, "opslead1 gave you 2 cases",
        "senior1@", order));
    await().atMost(Duration.ofSeconds(30)).until(() -> Mails.any(MAIL, "opslead1 reassigned 1 case you held",
        "mediator1@", "reassigned these to senior1"));

    HandOver wrongPeople = reassignments.reassign(List.of(review.taskId(), cases.task(free.id()).taskId()),
        "mediator2", "opslead1");
    assertThat(wrongPeople.skipped()).extracting(HandOver.Skip::why)
        .as("mediator2 sits on no commission; senior1 already holds the other")
        .containsExactly(HandOver.Why.NOT_IN_QUEUE);
    assertThat(wrongPeople.moved()).extracting(WorkItem::caseId).containsExactly(free.id());
    assertThat(reassignments.reassign(List.of(review.taskId()), "commissioner1", "opslead1").moved()).hasSize(1);
    assertThat(task(appealed.id(), "Task_ReviewAppeal").assignee()).isEqualTo("commissioner1");
    assertThat(reassignments.reassign(List.of(review.taskId()), "commissioner1", "opslead1").skipped())
        .extracting(HandOver.Skip::why).containsExactly(HandOver.Why.ALREADY_THEIRS);
  }

  @Test
  void aReleaseReturnsHeldItemsToTheirQueueAndTellsTheirHolders() {
    var a = cases.escalated();
    var b = cases.escalated();
    cases.claimed(a, "mediator2");
    int unclaimed = queue("mediators").unclaimed();

    HandOver result = reassignments.release(List.of(cases.task(a.id()).taskId(), cases.task(b.id()).taskId()),
        "opslead1");

    assertThat(result.moved()).extracting(WorkItem::caseId).containsExactly(a.id());
    assertThat(result.skipped()).extracting(HandOver.Skip::why).containsExactly(HandOver.Why.NOT_CLAIMED);
    assertThat(cases.task(a.id()).assignee()).isNull();
    assertThat(queue("mediators").unclaimed()).isEqualTo(unclaimed + 1);
    assertThat(jdbc.sql("select summary from case_event where case_id = ? and type = 'RELEASED'")
        .param(a.id()).query(String.class).single()).contains("opslead1").contains("mediator2");
    await().atMost(Duration.ofSeconds(30)).until(() -> Mails.any(MAIL, "opslead1 released 1 case you held",
        "mediator2@", disputes.get(a.id()).orderId()));
  }

  @Test
  void anItemTheEngineRefusesIsReportedAndTheOthersStillMove() {
    var suspended = cases.escalated();
    var fine = cases.escalated();
    String instance = jdbc.sql("select process_instance_id from worklist_item where case_id = ?")
        .param(suspended.id()).query(String.class).single();
    runtime.suspendProcessInstanceById(instance);
    try {
      HandOver result = reassignments.reassign(List.of(cases.task(suspended.id()).taskId(),
          cases.task(fine.id()).taskId()), "mediator2", "opslead1");
      assertThat(result.skipped()).singleElement().satisfies(s -> {
        assertThat(s.why()).isEqualTo(HandOver.Why.REFUSED);
        assertThat(s.detail()).isNotBlank();
      });
      assertThat(result.moved()).extracting(WorkItem::caseId).containsExactly(fine.id());
      assertThat(cases.task(fine.id()).assignee()).as("the savepoint kept the rest").isEqualTo("mediator2");
      assertThat(cases.task(suspended.id()).assignee()).isNull();
    } finally {
      runtime.activateProcessInstanceById(instance);
    }
  }

  private WorkItem task(UUID caseId, String key) {
    return worklist.openTasksOf(caseId).stream().filter(t -> key.equals(t.taskKey())).findFirst().orElseThrow();
  }

  private int holding(String user, String queue) {
    return workload.people().stream().filter(p -> p.username().equals(user) && p.candidateGroup().equals(queue))
        .mapToInt(PersonLoad::held).sum();
  }

  private QueueLoad queue(String group) {
    return workload.queues().stream().filter(q -> q.candidateGroup().equals(group)).findFirst().orElseThrow();
  }
}
