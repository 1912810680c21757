package com.disputedesk.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.disputedesk.common.RuleViolation;
import com.disputedesk.dispute.DisputeStatus;
import com.disputedesk.dispute.Disputes;
import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.Mails;
import com.disputedesk.worklist.WorkItem;
import com.disputedesk.worklist.Worklist;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of an appeal (DOMAIN.md §2) through AppealReviewProcess and AppealFeedbackProcess, with time travel. */
class AppealProcessTest extends IntegrationTest {
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  @Autowired Disputes disputes;
  @Autowired Appeals appeals;
  @Autowired AppealDesk desk;
  @Autowired AppealDecisions decisions;
  @Autowired AppealFeedbacks feedbacks;
  @Autowired Worklist worklist;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  @BeforeEach
  void monday() {
    time.freezeAt(LocalDateTime.of(2027, 3, 15, 10, 0).atZone(MOSCOW).toInstant());
  }

  @Test
  void anAppealOnTheLastMinuteOfTheWindowIsTakenOneMinuteLateIsRefused() {
    var onTime = cases.decided("mediator1");
    var late = cases.decided("mediator2");
    Instant windowEnd = disputes.get(onTime.id()).appealDueAt();
    assertThat(windowEnd).isEqualTo(time.now().plus(Duration.ofDays(7)));

    time.freezeAt(windowEnd.minusSeconds(60));
    var filed = api.post(onTime.path() + "/appeal", onTime.buyer(), Map.of("description", "The parcel was empty."));
    assertThat(filed.status()).isEqualTo(201);
    assertThat(filed.text("status")).isEqualTo("PENDING");
    assertThat(filed.text("statusText")).isEqualTo("appeal pending");
    assertThat(disputes.get(onTime.id()).status()).isEqualTo(DisputeStatus.APPEAL_PENDING);
    WorkItem review = reviewTask(onTime.id());
    assertThat(review.candidateGroup()).isEqualTo("appeal-commission");
    assertThat(review.slaDueAt()).isEqualTo(appeals.ofDispute(onTime.id()).orElseThrow().reviewDueAt());

    time.freezeAt(windowEnd.plusSeconds(60));
    var refused = api.post(late.path() + "/appeal", late.buyer(), Map.of("description", "The parcel was empty."));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.text("detail")).contains("appeal window closed");
    assertThat(appeals.ofDispute(late.id())).isEmpty();
    time.runDueJobs();
    assertThat(disputes.get(late.id()).status()).isEqualTo(DisputeStatus.CLOSED);
    assertThat(disputes.get(onTime.id()).status()).as("the appeal stopped the window timer")
        .isEqualTo(DisputeStatus.APPEAL_PENDING);
  }

  @Test
  void aPendingAppealCanBeWithdrawnButNotOnceInReview() {
    var d = cases.appealed("mediator1");
    var withdrawn = api.delete(d.path() + "/appeal", d.buyer());
    assertThat(withdrawn.status()).isEqualTo(200);
    assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
    assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.APPEAL_WITHDRAWN);
    assertThat(worklist.openTasksOf(d.id())).isEmpty();
    assertThat(endOf("AppealReviewProcess", d.id())).isEqualTo("EndEvent_AppealWithdrawn");
    assertThat(api.delete(d.path() + "/appeal", d.buyer()).status()).isEqualTo(409);
    assertThat(api.post(d.path() + "/appeal", d.buyer(), Map.of("description", "Again")).status()).isEqualTo(409);
    assertThat(integrationEvents.types(d.id())).endsWith("appeal.filed", "appeal.withdrawn");

    var inReview = cases.appealed("mediator1");
    desk.claim(reviewTask(inReview.id()).taskId(), "commissioner1");
    assertThat(api.get(inReview.path(), inReview.buyer()).body().at("/appeal/statusText").asText())
        .isEqualTo("your appeal is being processed");
    var refused = api.delete(inReview.path() + "/appeal", inReview.buyer());
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.text("detail")).contains("already reviewing");
    assertThat(disputes.get(inReview.id()).status()).isEqualTo(DisputeStatus.APPEAL_IN_REVIEW);
  }

  @Test
  void upheldAppealIsEmailedThenFeedbackLeadsToASecondReviewByADifferentCommissioner() {
    var d = cases.appealed("mediator1");
    desk.claim(reviewTask(d.id()).taskId(), "commissioner1");
    decisions.decide(d.id(), "commissioner1", AppealOutcome.UPHELD, null, "The photos match the listing.");

    var view = api.get(d.path(), d.buyer()).body();
    assertThat(view.get("status").asText()).isEqualTo("APPEAL_UPHELD");
    assertThat(view.at("/appeal/statusText").asText()).isEqualTo("appeal processed");
    assertThat(view.at("/appeal/result/outcome").asText()).isEqualTo("UPHELD");
    assertThat(view.at("/appeal/feedbackAllowed").asBoolean()).isTrue();
    awaitMail("Appeal processed", d, "upheld");

    var sent = api.post(d.path() + "/feedback", d.buyer(), Map.of("rating", 1, "text",
        "Nobody looked at the postal opening report."));
    assertThat(sent.status()).isEqualTo(201);
    assertThat(api.post(d.path() + "/feedback", d.buyer(), Map.of("rating", 2, "text", "Again")).status())
        .isEqualTo(409);
    WorkItem feedback = worklist.openTasksOf(d.id()).stream()
        .filter(t -> t.taskKey().equals("Task_ReviewFeedback")).findFirst().orElseThrow();
    assertThat(feedback.candidateGroup()).isEqualTo("quality-reviewers");

    desk.claim(feedback.taskId(), "commissioner2");
    feedbacks.act(d.id(), "commissioner2", AppealFeedbacks.Action.SECOND_REVIEW);
    assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.APPEAL_PENDING);
    Appeal second = appeals.ofDispute(d.id()).orElseThrow();
    assertThat(second.round()).isEqualTo(2);
    WorkItem review = reviewTask(d.id());
    assertThat(desk.page(desk.reviewQueue("commissioner1"), 0, 10_000)).extracting(WorkItem::taskId)
        .as("the first commissioner never sees the second review").doesNotContain(review.taskId());
    assertThat(desk.page(desk.reviewQueue("senior1"), 0, 10_000)).extracting(WorkItem::taskId)
        .contains(review.taskId());
    assertThatThrownBy(() -> desk.claim(review.taskId(), "commissioner1")).isInstanceOf(RuleViolation.class)
        .hasMessageContaining("already reviewed");

    desk.claim(review.taskId(), "senior1");
    decisions.decide(d.id(), "senior1", AppealOutcome.OVERTURNED, new BigDecimal("500.00"),
        "The opening report proves the parcel was empty.");
    assertThat(appeals.reviews(second.id())).extracting(AppealReview::commissionerId)
        .containsExactly("commissioner1", "senior1");
    assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.APPEAL_OVERTURNED);
  }

  @Test
  void acknowledgedFeedbackEndsTheFeedbackCase() {
    var d = cases.appealed("mediator1");
    desk.claim(reviewTask(d.id()).taskId(), "commissioner1");
    decisions.decide(d.id(), "commissioner1", AppealOutcome.UPHELD, null, "The mediator weighed all evidence.");
    api.post(d.path() + "/feedback", d.buyer(), Map.of("rating", 3, "text", "Slow but fair."));
    WorkItem feedback = worklist.openTasksOf(d.id()).get(0);
    desk.claim(feedback.taskId(), "commissioner2");
    feedbacks.act(d.id(), "commissioner2", AppealFeedbacks.Action.ACKNOWLEDGED);
    assertThat(endOf("AppealFeedbackProcess", d.id())).isEqualTo("EndEvent_FeedbackAcknowledged");
    assertThat(appeals.feedback(appeals.ofDispute(d.id()).orElseThrow().id()))
        .singleElement().satisfies(f -> assertThat(f.action()).isEqualTo("ACKNOWLEDGED"));
    assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.APPEAL_UPHELD);
  }

  @Test
  void anOverdueReviewGoesUpToQualityReviewersAndDecidesNothing() {
    var d = cases.appealed("mediator1");
    Appeal a = appeals.ofDispute(d.id()).orElseThrow();
    // 15 working days from Monday 15 March 2027: three weeks later, Monday 5 April (no Russian holiday between)
    assertThat(a.reviewDueAt()).isEqualTo(LocalDateTime.of(2027, 4, 5, 10, 0).atZone(MOSCOW).toInstant());
    time.travelTo(a.reviewDueAt().minusSeconds(60));
    assertThat(reviewTask(d.id()).priority()).isZero();

    time.travelTo(a.reviewDueAt());
    assertThat(reviewTask(d.id()).priority()).isEqualTo(1);
    assertThat(desk.page(desk.breachQueue(time.now()), 0, 10_000)).extracting(WorkItem::caseId).contains(d.id());
    assertThat(disputes.get(d.id()).status()).isEqualTo(DisputeStatus.APPEAL_PENDING);
    await().atMost(Duration.ofSeconds(60))
        .until(() -> Mails.any(MAIL, "Appeal review overdue", "commissioner2", d.id().toString()));
  }

  private WorkItem reviewTask(UUID disputeId) {
    return worklist.openTasksOf(disputeId).stream().filter(t -> t.taskKey().equals("Task_ReviewAppeal"))
        .findFirst().orElseThrow();
  }

  private String endOf(String processKey, UUID disputeId) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(disputeId.toString()).finished().list().stream()
        .map(h -> h.getEndActivityId()).reduce((a, b) -> b).orElse(null);
  }

  private void awaitMail(String subject, Cases.Dispute d, String bodyPart) {
    await().atMost(Duration.ofSeconds(60)).until(() -> Mails.any(MAIL, subject, d.buyer(), bodyPart));
  }
}
