package com.disputedesk.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Every access change, append-only: who, when, what, to whom, from what to what. */
@Service
public class AccessAudit {
  public record Entry(long id, Instant at, String actor, String action, String subject, String from, String to) {}

  /** What changed; the names are the API's {@code action} values. */
  public enum Action {
    USER_CREATED, USER_DETAILS_CHANGED, ROLES_CHANGED, USER_DISABLED, USER_ENABLED, PASSWORD_RESET, PASSWORD_CHANGED,
    SSO_ROLES_CHANGED, CLIENT_CREATED, SECRET_CREATED, SECRET_REVOKED, BOOTSTRAP_ADMIN_CREATED, WEBHOOK_CREATED,
    WEBHOOK_CHANGED, WEBHOOK_SECRET_ROTATED, WEBHOOK_DELETED, WEBHOOK_DISABLED, PROCESS_MIGRATION_STARTED,
    CASE_FILE_EXPORTED, EVIDENCE_EXPORTED
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  AccessAudit(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Recorded in the caller's transaction: the change and its audit entry commit together. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(String actor, Action action, String subject, String from, String to) {
    jdbc.sql("insert into access_audit (at, actor, action, subject, from_value, to_value) values (?, ?, ?, ?, ?, ?)")
        .params(java.sql.Timestamp.from(clock.instant()), actor, action.name(), subject, from, to).update();
  }

  /** Newest first; {@code subject} narrows to one user or client. */
  @Transactional(readOnly = true)
  public List<Entry> list(String subject, int offset, int limit) {
    return jdbc.sql("select id, at, actor, action, subject, from_value, to_value from access_audit "
            + "where (cast(? as text) is null or subject ilike ?) order by id desc offset ? limit ?")
        .params(subject, like(subject), offset, limit)
        .query((rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7))).list();
  }

  @Transactional(readOnly = true)
  public int count(String subject) {
    return jdbc.sql("select count(*) from access_audit where (cast(? as text) is null or subject ilike ?)")
        .params(subject, like(subject)).query(Integer.class).single();
  }

  /** A part of a user name or client id finds it; the wildcards of LIKE are taken literally. */
  private static String like(String subject) {
    return subject == null ? null
        : "%" + subject.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  @Transactional(readOnly = true)
  boolean happened(Action action) {
    return jdbc.sql("select exists (select 1 from access_audit where action = ?)").param(action.name())
        .query(Boolean.class).single();
  }
}
