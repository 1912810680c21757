package com.disputedesk.complaint;

import com.disputedesk.common.PersonalDataPolicy;
import com.disputedesk.timeline.CaseTimeline;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resolved complaint cases past the personal-data retention (whose process has ended): the reporters' and the
 * accused's texts are removed and their ids become pseudonyms; the decision, its sanction and reason stay.
 */
@Component
public class ComplaintPersonalData {
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final CaseTimeline timeline;
  private final PersonalDataPolicy policy;
  private final Clock clock;

  ComplaintPersonalData(JdbcClient jdbc, TransactionTemplate transactions, CaseTimeline timeline,
      PersonalDataPolicy policy, Clock clock) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.timeline = timeline;
    this.policy = policy;
    this.clock = clock;
  }

  /** Pseudonymises every complaint case due; returns how many. */
  @Scheduled(cron = "${disputedesk.retention.cron:0 40 3 * * *}")
  public int pseudonymise() {
    return policy.inPages("complaint case(s)", transactions, () -> page(200));
  }

  private int page(int limit) {
    record Due(UUID id, String accused) {}
    List<Due> due = jdbc.sql("""
            select c.id, c.accused_id from complaint_case c
            where c.status = 'RESOLVED' and c.pseudonymised_at is null and c.decided_at < ?
              and not exists (select 1 from act_ru_execution e where e.business_key_ = c.id::text)
            order by c.decided_at limit ? for update skip locked""")
        .params(Timestamp.from(policy.cutoff()), limit)
        .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getString(2))).list();
    for (Due c : due) {
      var pseudonyms = new java.util.HashMap<String, String>();
      pseudonyms.put(c.accused(), policy.pseudonym("seller", c.accused()));
      jdbc.sql("select distinct reporter_id from complaint where case_id = ?").param(c.id()).query(String.class).list()
          .forEach(r -> pseudonyms.putIfAbsent(r, policy.pseudonym("reporter", r)));
      pseudonyms.forEach((id, pseudonym) -> {
        jdbc.sql("update complaint set reporter_id = ? where case_id = ? and reporter_id = ?")
            .params(pseudonym, c.id(), id).update();
        jdbc.sql("update complaint_response set responder_id = ? where case_id = ? and responder_id = ?")
            .params(pseudonym, c.id(), id).update();
      });
      String accused = pseudonyms.get(c.accused());
      jdbc.sql("update complaint set description = null, accused_id = ? where case_id = ?")
          .params(accused, c.id()).update();
      jdbc.sql("update complaint_response set message = ? where case_id = ?")
          .params(PersonalDataPolicy.REMOVED, c.id()).update();
      jdbc.sql("update complaint_case set accused_id = ?, pseudonymised_at = ? where id = ?")
          .params(accused, Timestamp.from(clock.instant()), c.id()).update();
      timeline.pseudonymise(c.id(), Map.copyOf(pseudonyms));
    }
    return due.size();
  }
}
