package com.disputedesk.common.web;

import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IdempotencyRecords {
  record Stored(String fingerprint, Integer status, String contentType, byte[] body) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  IdempotencyRecords(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** True when this request owns the key; false when another request already did (or still does). */
  boolean claim(String scope, String key, String fingerprint) {
    return jdbc.sql("""
            insert into idempotency_record(scope, idem_key, fingerprint, created_at)
            values (?, ?, ?, ?) on conflict do nothing""")
        .params(scope, key, fingerprint, java.sql.Timestamp.from(clock.instant()))
        .update() == 1;
  }

  void complete(String scope, String key, int status, String contentType, byte[] body) {
    jdbc.sql("update idempotency_record set status = ?, content_type = ?, body = ? where scope = ? and idem_key = ?")
        .params(status, contentType, body, scope, key)
        .update();
  }

  Optional<Stored> find(String scope, String key) {
    return jdbc.sql("select fingerprint, status, content_type, body from idempotency_record where scope = ? and idem_key = ?")
        .params(scope, key)
        .query((rs, n) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getBytes(4)))
        .optional();
  }
}
