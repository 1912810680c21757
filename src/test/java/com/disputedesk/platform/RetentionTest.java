package com.disputedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.common.web.IdempotencyRetention;
import com.disputedesk.integration.EventRetention;
import com.disputedesk.notification.EmailRetention;
import com.disputedesk.sla.DeadlineRestartRetention;
import com.disputedesk.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each retention rule of DOMAIN.md removes exactly what it should, and the engine's history is cleaned safely. */
class RetentionTest extends IntegrationTest {
  @Autowired JdbcClient jdbc;
  @Autowired IdempotencyRetention idempotency;
  @Autowired EmailRetention emails;
  @Autowired DeadlineRestartRetention restarts;
  @Autowired EventRetention events;
  @Autowired ManagementService management;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ProcessEngineConfigurationImpl engine;

  @Autowired com.disputedesk.dispute.PersonalDataRetention personalData;
  @Autowired com.disputedesk.dispute.Disputes disputes;
  @Autowired com.disputedesk.timeline.CaseTimeline timeline;

  @Test
  void finishedDisputesArePseudonymisedAfterTwoYearsKeepingTimelineAndDecision() {
    time.freeze();
    var old = cases.decided("mediator1");
    var running = cases.escalated();
    time.travel(Duration.ofDays(8)); // the appeal window closes: the old dispute is finished
    assertThat(disputes.get(old.id()).status()).isEqualTo(com.disputedesk.dispute.DisputeStatus.CLOSED);
    var recent = cases.decided("mediator1");
    time.travel(Duration.ofDays(8));
    time.travel(Duration.ofDays(726)); // the old one finished 734 days ago, the recent one 726
    personalData.pseudonymise();

    var gone = jdbc.sql("select buyer_id, seller_id, buyer_email, description, decision_reason, decision_explanation "
        + "from dispute where id = ?").param(old.id()).query((rs, n) -> new String[] {rs.getString(1),
            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)}).single();
    assertThat(gone[0]).startsWith("buyer-").isNotEqualTo(old.buyer());
    assertThat(gone[1]).startsWith("seller-").isNotEqualTo(old.seller());
    assertThat(gone[2]).isNull();
    assertThat(gone[3]).doesNotContain("parcel");
    assertThat(gone[4]).as("the decision reason stays").isNotNull();
    assertThat(gone[5]).as("and its explanation").contains("colour");
    assertThat(timeline.of(old.id())).as("the timeline stays, under pseudonyms").isNotEmpty()
        .noneMatch(e -> e.actor().equals(old.buyer()) || e.actor().equals(old.seller()));
    assertThat(jdbc.sql("select count(*) from dispute_offer where dispute_id = ? and message is not null")
        .param(old.id()).query(Integer.class).single()).isZero();
    for (var kept : java.util.List.of(running, recent)) {
      assertThat(jdbc.sql("select buyer_id from dispute where id = ?").param(kept.id()).query(String.class).single())
          .as("a running or recently finished dispute keeps its data").isEqualTo(kept.buyer());
    }
    assertThat(personalData.pseudonymise()).as("nothing twice").isZero();
  }

  @Autowired com.disputedesk.complaint.ComplaintPersonalData complaintData;
  @Autowired com.disputedesk.account.AccountReviewPersonalData reviewData;
  @Autowired com.disputedesk.complaint.ComplaintDesk complaintDesk;
  @Autowired com.disputedesk.complaint.ComplaintDecisions complaintDecisions;
  @Autowired com.disputedesk.worklist.Worklist worklist;

  @Test
  void resolvedComplaintsAndFinishedAccountReviewsArePseudonymisedToo() {
    time.freeze();
    String seller = com.disputedesk.support.Cases.unique("seller");
    var filed = api.post("/api/v1/complaints", "reporter-pd", java.util.Map.of("type", "OFF_PLATFORM_TRADING",
        "productUrl", "https://shop.example/item/" + seller, "accusedSellerId", seller,
        "description", "The listing asks for payment by bank transfer to my friend's card."));
    var answered = api.post("/api/v1/complaints/" + filed.id() + "/response", seller,
        java.util.Map.of("message", "Call me on my private number instead."));
    UUID caseId = UUID.fromString(answered.text("caseId"));
    var task = worklist.openTasksOf(caseId).get(0);
    complaintDesk.claim(task.taskId(), "reviewer1");
    complaintDecisions.dismiss(caseId, "reviewer1", "No payment details in the listing itself.");
    UUID review = UUID.randomUUID();
    jdbc.sql("""
            insert into account_review (id, party_id, trigger, source_kind, source_id, opened_by, opened_reason, status,
              opened_at, decided_by, decided_at, decision_reasons, appeal_message)
            values (?, 'party-pd-1', 'SUSPENSION', 'COMPLAINT', ?, 'reviewer1', 'suspended', 'REINSTATED', ?, 'reviewer1',
              ?, 'The customs act proves the parcel left sealed.', 'My phone is +7 900 000-00-00')""")
        .params(review, caseId, Timestamp.from(time.now()), Timestamp.from(time.now())).update();
    time.travel(Duration.ofDays(731));

    assertThat(complaintData.pseudonymise()).isGreaterThanOrEqualTo(1);
    assertThat(reviewData.pseudonymise()).isGreaterThanOrEqualTo(1);
    assertThat(jdbc.sql("select accused_id from complaint_case where id = ?").param(caseId).query(String.class)
        .single()).startsWith("seller-").isNotEqualTo(seller);
    assertThat(jdbc.sql("select count(*) from complaint where case_id = ? and (reporter_id = 'reporter-pd' "
        + "or description is not null)").param(caseId).query(Integer.class).single()).isZero();
    assertThat(jdbc.sql("select message from complaint_response where case_id = ?").param(caseId)
        .query(String.class).single()).doesNotContain("private number");
    assertThat(jdbc.sql("select decision_reason from complaint_case where id = ?").param(caseId).query(String.class)
        .single()).as("the decision's reason stays").contains("No payment details");
    var kept = jdbc.sql("select party_id, appeal_message, decision_reasons from account_review where id = ?")
        .param(review).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
    assertThat(kept[0]).startsWith("party-").isNotEqualTo("party-pd-1");
    assertThat(kept[1]).doesNotContain("+7");
    assertThat(kept[2]).contains("customs act");
  }

  @Test
  void idempotencyRecordsAreKeptFortyEightHours() {
    Instant now = time.freeze();
    String old = insertIdempotency(now.minus(Duration.ofHours(49)));
    String recent = insertIdempotency(now.minus(Duration.ofHours(47)));
    assertThat(idempotency.purge()).isGreaterThanOrEqualTo(1);
    assertThat(exists("idempotency_record", "idem_key", old)).isFalse();
    assertThat(exists("idempotency_record", "idem_key", recent)).isTrue();
  }

  @Test
  void sentEmailsAreKeptNinetyDaysAndUnsentOnesStay() {
    Instant now = time.freeze();
    UUID oldSent = insertEmail("SENT", now.minus(Duration.ofDays(91)));
    UUID recentSent = insertEmail("SENT", now.minus(Duration.ofDays(89)));
    UUID oldUnsent = insertEmail("STORED", now.minus(Duration.ofDays(200)));
    assertThat(emails.purge()).isGreaterThanOrEqualTo(1);
    assertThat(exists("outgoing_email", "id", oldSent)).isFalse();
    assertThat(exists("outgoing_email", "id", recentSent)).isTrue();
    assertThat(exists("outgoing_email", "id", oldUnsent)).isTrue();
  }

  @Test
  void aRestartedDeadlineIsForgottenOnceItsTimerIsGone() {
    var d = cases.open();
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(d.id().toString()).list()
        .get(0).getId();
    String running = management.createJobQuery().processInstanceId(instance).timers().list().get(0).getId();
    String gone = "job-" + UUID.randomUUID();
    for (String job : new String[] {running, gone}) {
      jdbc.sql("insert into sla_deadline_restart (job_id, started_at) values (?, now())").param(job).update();
    }
    assertThat(restarts.purge()).isGreaterThanOrEqualTo(1);
    assertThat(exists("sla_deadline_restart", "job_id", gone)).isFalse();
    assertThat(exists("sla_deadline_restart", "job_id", running)).isTrue();
  }

  @Test
  void finishedWebhookDeliveriesAreKeptNinetyDaysAndPendingOnesStay() {
    Instant now = time.freeze();
    UUID endpoint = UUID.randomUUID();
    jdbc.sql("""
        insert into webhook_endpoint (id, url, event_types, enabled, secret, created_at, created_by, updated_at)
        values (?, 'http://127.0.0.1:1/none', '{}', false, 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', now(), 't', now())
        """).param(endpoint).update();
    long position = jdbc.sql("""
        insert into integration_event (id, type, case_id, case_sequence, occurred_at, body)
        values (?, 'dispute.opened', ?, 1, ?, '{}') returning position""")
        .params(UUID.randomUUID(), UUID.randomUUID(), Timestamp.from(now)).query(Long.class).single();
    UUID old = insertDelivery(endpoint, position, "DELIVERED", now.minus(Duration.ofDays(91)));
    UUID recent = insertDelivery(endpoint, position, "GAVE_UP", now.minus(Duration.ofDays(10)));
    UUID pending = insertDelivery(endpoint, position, "PENDING", null);
    assertThat(events.purgeDeliveries()).isGreaterThanOrEqualTo(1);
    assertThat(exists("webhook_delivery", "id", old)).isFalse();
    assertThat(exists("webhook_delivery", "id", recent)).isTrue();
    assertThat(exists("webhook_delivery", "id", pending)).isTrue();
    jdbc.sql("delete from webhook_endpoint where id = ?").param(endpoint).update();
  }

  @Test
  void engineHistoryIsCleanedInANightlyWindowAndNeverWhileACaseRuns() {
    assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    var running = cases.open();
    var closed = cases.decided("mediator1");
    time.travel(Duration.ofDays(8)); // the appeal window ends: the case closes and its process ends
    var ended = history.createHistoricProcessInstanceQuery().processDefinitionKey("DisputeCaseProcess")
        .processInstanceBusinessKey(closed.id().toString()).singleResult();
    assertThat(ended.getEndTime()).isNotNull();
    assertThat(ended.getRemovalTime().toInstant()).isEqualTo(ended.getEndTime().toInstant()
        .plus(Duration.ofDays(400)));
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("DisputeCaseProcess")
        .processInstanceBusinessKey(running.id().toString()).singleResult().getRemovalTime())
        .as("a running case has no removal time").isNull();
  }

  private String insertIdempotency(Instant at) {
    String key = UUID.randomUUID().toString();
    jdbc.sql("insert into idempotency_record (scope, idem_key, fingerprint, created_at) values ('test', ?, 'f', ?)")
        .params(key, Timestamp.from(at)).update();
    return key;
  }

  private UUID insertEmail(String status, Instant at) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
        insert into outgoing_email (id, dedup_key, recipient, subject, body, created_at, status, sent_at)
        values (?, ?, 'buyer@parties.example', 'Your dispute', 'Hello', ?, ?, ?)""")
        .params(id, "retention:" + id, Timestamp.from(at), status, "SENT".equals(status) ? Timestamp.from(at) : null)
        .update();
    return id;
  }

  private UUID insertDelivery(UUID endpoint, long position, String status, Instant finished) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
        insert into webhook_delivery (id, endpoint_id, event_position, case_id, case_sequence, status, next_attempt_at,
          created_at, finished_at) values (?, ?, ?, gen_random_uuid(), 1, ?, now(), now(), ?)""")
        .params(id, endpoint, position, status, finished == null ? null : Timestamp.from(finished)).update();
    return id;
  }

  private boolean exists(String table, String column, Object value) {
    return jdbc.sql("select count(*) from " + table + " where " + column + " = ?").param(value)
        .query(Integer.class).single() > 0;
  }
}
