package com.disputedesk.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores every email once, in the transaction of the change that caused it (a repeated change finds its dedup key
 * taken): the change and its emails commit together or not at all. The {@link OutboxRelay} sends them after commit.
 */
@Service
public class Outbox {
  private final JdbcClient jdbc;
  private final OutboxRelay relay;
  private final Clock clock;
  private final RecipientCap cap;

  Outbox(JdbcClient jdbc, OutboxRelay relay, Clock clock, RecipientCap cap) {
    this.jdbc = jdbc;
    this.relay = relay;
    this.clock = clock;
    this.cap = cap;
  }

  void send(String dedupKey, UUID caseId, String recipient, String subject, String body) {
    if (cap.reached(dedupKey, caseId, recipient)) {
      return;
    }
    int stored = jdbc.sql("""
            insert into outgoing_email (id, dedup_key, case_id, recipient, subject, body, created_at, status)
            values (?, ?, ?, ?, ?, ?, ?, 'STORED') on conflict (dedup_key) do nothing""")
        .params(UUID.randomUUID(), dedupKey, caseId, recipient, subject, body, Timestamp.from(clock.instant()))
        .update();
    if (stored == 1) {
      wakeRelayAfterCommit();
    }
  }

  /** The newest stored emails, for administrators. */
  public List<OutgoingEmail> latest(int limit) {
    return search("", 0, limit);
  }

  /**
   * A page of the stored emails, newest first, whose recipient or subject contains {@code text} or whose case id is
   * {@code text} (blank: all), for the administrators' lazy list.
   */
  public List<OutgoingEmail> search(String text, int offset, int limit) {
    List<Object> args = new java.util.ArrayList<>();
    String where = where(text, args);
    args.add(limit);
    args.add(offset);
    return jdbc.sql("select * from outgoing_email" + where + " order by created_at desc, id limit ? offset ?")
        .params(args).query((rs, n) -> new OutgoingEmail(rs.getObject("id", UUID.class),
            rs.getObject("case_id", UUID.class), rs.getString("recipient"), rs.getString("subject"),
            rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
            Optional.ofNullable(rs.getTimestamp("sent_at")).map(Timestamp::toInstant).orElse(null),
            rs.getString("status"), rs.getString("error")))
        .list();
  }

  public int count(String text) {
    List<Object> args = new java.util.ArrayList<>();
    return jdbc.sql("select count(*) from outgoing_email" + where(text, args)).params(args).query(Integer.class)
        .single();
  }

  private static String where(String text, List<Object> args) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      return "";
    }
    String like = "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    args.add(like);
    args.add(like);
    args.add(t);
    return " where recipient ilike ? or subject ilike ? or case_id::text = ?";
  }

  private void wakeRelayAfterCommit() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      relay.wake();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        relay.wake();
      }
    });
  }
}
