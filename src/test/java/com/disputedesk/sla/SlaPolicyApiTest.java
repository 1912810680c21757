package com.disputedesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.dispute.Disputes;
import com.disputedesk.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Operations leads change policies at run time; new timers use them at once. */
class SlaPolicyApiTest extends IntegrationTest {
  @Autowired SlaPolicies policies;
  @Autowired Disputes disputes;
  @Autowired JdbcClient jdbc;
  @Autowired org.camunda.bpm.engine.ManagementService management;

  @AfterEach
  void restoreDefaults() {
    policies.update("negotiation", "P15D", SlaCalendar.CALENDAR_DAYS, "test");
  }

  @Test
  void listsEveryPolicyOfTheDomain() {
    var answer = api.as("opslead1", HttpMethod.GET, "/api/v1/sla-policies", null, null);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().findValuesAsText("key")).containsExactlyInAnyOrder("dispute-open-window", "negotiation",
        "escalation-earliest", "evidence-response", "mediation-resolution", "claim-lease", "appeal-window",
        "appeal-review", "coupon-issue-delay", "coupon-validity", "complaint-response", "account-review");
  }

  @Test
  void aChangedPolicyTimesTheNextDisputeAndIsAudited() {
    int auditedBefore = audited();
    var put = api.as("opslead1", HttpMethod.PUT, "/api/v1/sla-policies/negotiation", null,
        Map.of("duration", "P10D", "calendar", "CALENDAR_DAYS"));
    assertThat(put.status()).isEqualTo(200);
    assertThat(put.text("duration")).isEqualTo("P10D");
    assertThat(put.text("updatedBy")).isEqualTo("opslead1");

    time.freeze();
    var d = cases.open();
    assertThat(disputes.get(d.id()).negotiationDueAt()).isEqualTo(time.now().plus(Duration.ofDays(10)));
    var timer = management.createJobQuery().processInstanceId(processOf(d.id())).timers().singleResult();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(time.now().plus(Duration.ofDays(10)));
    assertThat(audited()).isEqualTo(auditedBefore + 1);
  }

  @Test
  void badPolicyChangesAreRefusedAndChangeNothing() {
    assertThat(put("negotiation", "fifteen days", "CALENDAR_DAYS").status()).isEqualTo(422);
    assertThat(put("negotiation", "PT4H", "WORKING_DAYS").status()).isEqualTo(422);
    assertThat(put("claim-lease", "P1M", "CLOCK").status()).isEqualTo(422);
    assertThat(put("no-such-policy", "P1D", "CALENDAR_DAYS").status()).isEqualTo(404);
    assertThat(put("negotiation", "P1D", "LUNAR").status()).isEqualTo(400);
    assertThat(policies.get("negotiation").duration()).isEqualTo("P15D");
  }

  @Test
  void theBusinessCalendarTakesCountryAndClosures() {
    var put = api.as("opslead1", HttpMethod.PUT, "/api/v1/business-calendar", null, Map.of("country", "RU",
        "zone", "Europe/Moscow", "closures", java.util.List.of(Map.of("day", "2027-06-14", "description", "Offsite"))));
    assertThat(put.status()).isEqualTo(200);
    assertThat(put.body().at("/closures/0/day").asText()).isEqualTo("2027-06-14");
    assertThat(api.as("opslead1", HttpMethod.PUT, "/api/v1/business-calendar", null,
        Map.of("country", "XX", "zone", "Europe/Moscow")).status()).isEqualTo(422);
    assertThat(api.as("opslead1", HttpMethod.PUT, "/api/v1/business-calendar", null,
        Map.of("country", "RU", "zone", "Mars/Olympus")).status()).isEqualTo(422);
    api.as("opslead1", HttpMethod.PUT, "/api/v1/business-calendar", null, Map.of("country", "RU", "zone", "Europe/Moscow"));
  }

  private com.disputedesk.support.ApiClient.Answer put(String key, String duration, String calendar) {
    return api.as("opslead1", HttpMethod.PUT, "/api/v1/sla-policies/" + key, null,
        Map.of("duration", duration, "calendar", calendar));
  }

  private int audited() {
    return jdbc.sql("select count(*) from sla_policy_change where policy_key = 'negotiation' and changed_by = 'opslead1' "
        + "and old_duration = 'P15D' and new_duration = 'P10D'").query(Integer.class).single();
  }

  private String processOf(java.util.UUID id) {
    return jdbc.sql("select id_ from act_ru_execution where business_key_ = ? and parent_id_ is null")
        .param(id.toString()).query(String.class).single();
  }
}
