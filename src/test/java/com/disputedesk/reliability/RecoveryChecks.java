package com.disputedesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What must hold for every case after crashes and restarts, read straight from the database. */
final class RecoveryChecks {
  private final JdbcClient jdbc;

  RecoveryChecks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void verify(List<CaseRun> cases) {
    UUID[] ids = cases.stream().map(c -> c.id).toArray(UUID[]::new);
    Map<UUID, String> status = rows("select id, status from dispute where id = any(?)", ids);
    Map<UUID, String> refunds = rows("select dispute_id, count(*)::text from refund_instruction where dispute_id = any(?)"
        + " group by dispute_id", ids);
    Map<UUID, String> openings = rows("select case_id, count(*)::text from case_event where type = 'OPENED'"
        + " and case_id = any(?) group by case_id", ids);
    Map<UUID, String> openingEmails = rows("select case_id, count(*)::text from outgoing_email"
        + " where dedup_key like 'opened:%' and status = 'SENT' and case_id = any(?) group by case_id", ids);
    Map<UUID, String> decideTasks = rows("select case_id, count(*)::text from worklist_item"
        + " where task_key = 'Task_DecideDispute' and case_id = any(?) group by case_id", ids);
    Map<UUID, String> negotiationTimers = timers("Timer_NegotiationExpired", ids);
    Map<UUID, String> mediationTimers = timers("Timer_MediationOverdue", ids);
    Map<UUID, String> instances = rows("select business_key_::uuid, count(*)::text from act_hi_procinst"
        + " where proc_def_key_ = 'DisputeCaseProcess' and business_key_ = any(?::text[]) group by business_key_",
        cases.stream().map(c -> c.id.toString()).toArray(String[]::new));

    SoftAssertions soft = new SoftAssertions();
    for (CaseRun c : cases) {
      String which = "case " + c.n + " (" + c.path + ", " + c.id + ")";
      soft.assertThat(openings.get(c.id)).as(which + ": one OPENED entry").isEqualTo("1");
      soft.assertThat(instances.get(c.id)).as(which + ": one process instance").isEqualTo("1");
      soft.assertThat(openingEmails.get(c.id)).as(which + ": the seller's email, stored with the opening, sent once")
          .isEqualTo("1");
      switch (c.path) {
        case AGREED -> {
          soft.assertThat(status.get(c.id)).as(which).isEqualTo("RESOLVED");
          soft.assertThat(refunds.get(c.id)).as(which + ": one refund instruction").isEqualTo("1");
        }
        case ESCALATED -> {
          soft.assertThat(status.get(c.id)).as(which).isEqualTo("ESCALATED");
          soft.assertThat(decideTasks.get(c.id)).as(which + ": one decision task in the queue").isEqualTo("1");
          soft.assertThat(mediationTimers.get(c.id)).as(which + ": its mediation SLA timer").isEqualTo("1");
          soft.assertThat(refunds.get(c.id)).as(which + ": no refund").isNull();
        }
        case NEGOTIATING -> {
          soft.assertThat(status.get(c.id)).as(which).isEqualTo("NEGOTIATION");
          soft.assertThat(negotiationTimers.get(c.id)).as(which + ": its negotiation timer").isEqualTo("1");
        }
      }
    }
    soft.assertAll();
    assertThat(jdbc.sql("select count(*) from (select dispute_id from refund_instruction group by dispute_id"
        + " having count(*) > 1) twice").query(Long.class).single()).as("refund instructions issued twice").isZero();
    assertThat(jdbc.sql("select count(*) from (select appeal_id from coupon group by appeal_id, seq"
        + " having count(*) > 1) twice").query(Long.class).single()).as("coupons issued twice").isZero();
  }

  private Map<UUID, String> timers(String activity, UUID[] ids) {
    return rows("select e.business_key_::uuid, count(*)::text from act_ru_job j"
        + " join act_ru_jobdef d on d.id_ = j.job_def_id_ join act_ru_execution e on e.id_ = j.process_instance_id_"
        + " where d.act_id_ = '" + activity + "' and e.business_key_ = any(?::text[]) group by e.business_key_",
        java.util.Arrays.stream(ids).map(UUID::toString).toArray(String[]::new));
  }

  private Map<UUID, String> rows(String sql, Object ids) {
    return jdbc.sql(sql).param(ids).query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list()
        .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
