package com.disputedesk.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.common.RuleViolation;
import com.disputedesk.dispute.DisputeStatus;
import com.disputedesk.dispute.Disputes;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.worklist.WorkItem;
import com.disputedesk.worklist.Worklist;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * Four-eyes (DOMAIN.md §2): {@code senior1} mediated the case and sits on the commission. Every route by which they
 * could see, claim or decide its appeal is tried, and each is refused; the appeal stays pending throughout.
 */
class FourEyesTest extends IntegrationTest {
  @Autowired AppealDesk desk;
  @Autowired AppealDecisions decisions;
  @Autowired Worklist worklist;
  @Autowired TaskService taskService;
  @Autowired IdentityService identity;
  @Autowired Disputes disputes;

  @Test
  void theCasesMediatorCannotReachItsAppealByAnyRoute() {
    var d = cases.appealed("senior1");
    WorkItem review = reviewTask(d.id());
    assertThat(review.taskId()).isNotNull();

    // workspace: the queue hides it, claiming and deciding are refused
    assertThat(desk.page(desk.reviewQueue("senior1"), 0, 10_000)).extracting(WorkItem::caseId).doesNotContain(d.id());
    assertThat(desk.page(desk.reviewQueue("commissioner1"), 0, 10_000)).extracting(WorkItem::caseId).contains(d.id());
    assertThatThrownBy(() -> desk.claim(review.taskId(), "senior1")).isInstanceOf(RuleViolation.class)
        .hasMessageContaining("mediated this dispute");
    assertThatThrownBy(() -> decisions.decide(d.id(), "senior1", AppealOutcome.OVERTURNED, new BigDecimal("10.00"),
        "I was right")).isInstanceOf(RuleViolation.class).hasMessageContaining("four-eyes");

    // the engine's Java API, as Tasklist and Cockpit use it: the task listener refuses
    assertThatThrownBy(() -> taskService.claim(review.taskId(), "senior1"))
        .hasRootCauseInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.setAssignee(review.taskId(), "senior1"))
        .hasRootCauseInstanceOf(AuthorizationException.class);

    // the engine REST API: senior1 is no admin; an admin cannot hand it to senior1 nor complete it around us
    assertThat(api.as("senior1", HttpMethod.POST, "/engine-rest/task/" + review.taskId() + "/complete", null,
        Map.of()).status()).isEqualTo(403);
    var handOver = api.as("admin", HttpMethod.POST, "/engine-rest/task/" + review.taskId() + "/claim", null,
        Map.of("userId", "senior1"));
    assertThat(handOver.status()).isEqualTo(403);
    assertThat(handOver.text("message")).contains("four-eyes");

    // the Camunda webapps (Cockpit, Tasklist) and the marketplace API are closed to a commissioner
    assertThat(api.as("senior1", HttpMethod.GET, "/camunda/app/tasklist/default/", null, null).status())
        .isNotEqualTo(200);
    assertThat(api.as("senior1", HttpMethod.GET, d.path(), d.buyer(), null).status()).isEqualTo(403);

    // a legitimate commissioner claims it; even then nobody completes it outside our decision, nor as senior1
    desk.claim(review.taskId(), "commissioner1");
    assertThat(api.as("admin", HttpMethod.POST, "/engine-rest/task/" + review.taskId() + "/complete", null,
        Map.of("variables", Map.of("appealOutcome", Map.of("value", "OVERTURNED")))).status()).isEqualTo(403);
    identity.setAuthentication("senior1", List.of("appeal-commission", "mediators"));
    try {
      assertThatThrownBy(() -> taskService.complete(review.taskId(), Map.of("appealOutcome", "OVERTURNED")))
          .hasRootCauseInstanceOf(AuthorizationException.class).hasMessageContaining("mediated this dispute");
    } finally {
      identity.clearAuthentication();
    }
    assertThat(reviewTask(d.id()).assignee()).isEqualTo("commissioner1");
    assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.APPEAL_IN_REVIEW);

    decisions.decide(d.id(), "commissioner1", AppealOutcome.UPHELD, null, "The mediator weighed the evidence.");
    assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.APPEAL_UPHELD);
  }

  private WorkItem reviewTask(UUID disputeId) {
    return worklist.openTasksOf(disputeId).stream().filter(t -> t.taskKey().equals("Task_ReviewAppeal"))
        .findFirst().orElseThrow();
  }
}
