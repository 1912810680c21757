package com.disputedesk.notification;

import com.disputedesk.timeline.CaseTimeline;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At most {@code per-recipient-hourly-cap} emails an hour to one party address: a flood of cases must not become a
 * flood of mail to a seller. Emails past the cap are not sent, and the case's timeline says so (staff addresses
 * are never capped: they are our own people, and the party's request budget already bounds what reaches them).
 */
@Component
class RecipientCap {
  private final JdbcClient jdbc;
  private final Clock clock;
  private final CaseTimeline timeline;
  private final int cap;

  RecipientCap(JdbcClient jdbc, Clock clock, CaseTimeline timeline,
      @Value("${disputedesk.notification.per-recipient-hourly-cap:30}") int cap) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.timeline = timeline;
    this.cap = cap;
  }

  /** Whether this email would exceed the recipient's hourly cap; if so, the case's timeline records it. */
  boolean reached(String dedupKey, UUID caseId, String recipient) {
    if (caseId == null) {
      return false; // only mail about cases can be multiplied by opening cases
    }
    Instant now = clock.instant();
    Boolean over = jdbc.sql("""
            select not exists (select 1 from users where email = :to)
               and not exists (select 1 from outgoing_email where dedup_key = :key)
               and (select count(*) from outgoing_email
                    where recipient = :to and created_at > :since and created_at <= :now) >= :cap""")
        .param("to", recipient).param("key", dedupKey).param("since", Timestamp.from(now.minus(Duration.ofHours(1))))
        .param("now", Timestamp.from(now)).param("cap", cap).query(Boolean.class).single();
    if (Boolean.TRUE.equals(over)) {
      timeline.record(caseId, "EMAIL_CAPPED", "system", "SYSTEM", "An email to " + recipient + " was not sent: "
          + cap + " emails an hour to one address is the limit", Map.of("dedupKey", dedupKey));
    }
    return Boolean.TRUE.equals(over);
  }
}
