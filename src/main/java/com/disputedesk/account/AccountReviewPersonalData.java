package com.disputedesk.account;

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
 * Finished account reviews past the personal-data retention (whose process has ended): the party's appeal text is
 * removed and its id becomes a pseudonym; the decision and its reasons stay. The account's current standing is
 * live data and is not touched.
 */
@Component
public class AccountReviewPersonalData {
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final CaseTimeline timeline;
  private final PersonalDataPolicy policy;
  private final Clock clock;

  AccountReviewPersonalData(JdbcClient jdbc, TransactionTemplate transactions, CaseTimeline timeline,
      PersonalDataPolicy policy, Clock clock) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.timeline = timeline;
    this.policy = policy;
    this.clock = clock;
  }

  /** Pseudonymises every account review due; returns how many. */
  @Scheduled(cron = "${disputedesk.retention.cron:0 40 3 * * *}")
  public int pseudonymise() {
    return policy.inPages("account review(s)", transactions, () -> page(200));
  }

  private int page(int limit) {
    record Due(UUID id, String party) {}
    List<Due> due = jdbc.sql("""
            select r.id, r.party_id from account_review r
            where r.status in ('CLEARED', 'REINSTATED', 'SUSPENSION_UPHELD') and r.pseudonymised_at is null
              and r.decided_at < ?
              and not exists (select 1 from act_ru_execution e where e.business_key_ = r.id::text)
            order by r.decided_at limit ? for update skip locked""")
        .params(Timestamp.from(policy.cutoff()), limit)
        .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getString(2))).list();
    for (Due r : due) {
      String pseudonym = policy.pseudonym("party", r.party());
      jdbc.sql("update account_review set party_id = ?, appeal_message = case when appeal_message is null then null "
              + "else ? end, pseudonymised_at = ? where id = ?")
          .params(pseudonym, PersonalDataPolicy.REMOVED, Timestamp.from(clock.instant()), r.id()).update();
      timeline.pseudonymise(r.id(), Map.of(r.party(), pseudonym));
    }
    return due.size();
  }
}
