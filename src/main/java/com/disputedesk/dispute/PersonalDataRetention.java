package com.disputedesk.dispute;

import com.disputedesk.common.PersonalDataPolicy;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pseudonymises disputes finished longer ago than {@code disputedesk.retention.personal-data} (2 years by default;
 * never below 30 days) and whose process has ended: the parties' e-mail addresses, the tracking number and every free
 * text they wrote are removed, their ids become pseudonyms (an HMAC of the id, so one party keeps one pseudonym across
 * cases and reports), and the timeline, the decision, its reason and its explanation stay. Nightly, in pages of 200.
 */
@Component
public class PersonalDataRetention {
  static final String REMOVED = PersonalDataPolicy.REMOVED;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final com.disputedesk.evidence.EvidenceStore evidence;
  private final com.disputedesk.timeline.CaseTimeline timeline;
  private final Clock clock;
  private final PersonalDataPolicy policy;

  PersonalDataRetention(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
      com.disputedesk.evidence.EvidenceStore evidence, com.disputedesk.timeline.CaseTimeline timeline, Clock clock,
      PersonalDataPolicy policy) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.events = events;
    this.evidence = evidence;
    this.timeline = timeline;
    this.clock = clock;
    this.policy = policy;
  }

  /** Pseudonymises every dispute due; returns how many. */
  @Scheduled(cron = "${disputedesk.retention.cron:0 40 3 * * *}")
  public int pseudonymise() {
    return policy.inPages("dispute(s)", transactions, () -> page(200));
  }

  private int page(int limit) {
    record Due(UUID id, String buyer, String seller) {}
    List<Due> due = jdbc.sql("""
            select d.id, d.buyer_id, d.seller_id from dispute d
            where d.pseudonymised_at is null
              and d.status in ('CLOSED', 'CANCELLED', 'APPEAL_UPHELD', 'APPEAL_OVERTURNED', 'APPEAL_WITHDRAWN')
              and greatest(d.opened_at, d.decided_at, d.resolved_at, d.cancelled_at, d.closed_at) < ?
              and not exists (select 1 from act_ru_execution e where e.business_key_ = d.id::text)
            order by d.opened_at limit ? for update skip locked""")
        .params(Timestamp.from(policy.cutoff()), limit)
        .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).list();
    for (Due d : due) {
      String buyer = policy.pseudonym("buyer", d.buyer());
      String seller = policy.pseudonym("seller", d.seller());
      jdbc.sql("""
              update dispute set buyer_id = ?, seller_id = ?, buyer_email = null, seller_email = null,
                tracking_number = null, description = ?, pseudonymised_at = ? where id = ?""")
          .params(buyer, seller, REMOVED, Timestamp.from(clock.instant()), d.id()).update();
      jdbc.sql("update dispute_offer set message = null where dispute_id = ?").param(d.id()).update();
      var pseudonyms = java.util.Map.of(d.buyer(), buyer, d.seller(), seller);
      evidence.pseudonymise(d.id(), pseudonyms);
      timeline.pseudonymise(d.id(), pseudonyms);
      events.publishEvent(new DisputePseudonymised(d.id(), d.buyer(), buyer, d.seller(), seller));
    }
    return due.size();
  }
}
