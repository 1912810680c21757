package com.disputedesk.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Stores every email once (a redelivered event finds its dedup key taken) and sends it if SMTP is configured.
 * A failed send stays FAILED and is retried every minute.
 */
@Service
public class Outbox {
  private static final Logger log = LoggerFactory.getLogger(Outbox.class);

  static {
    // Jakarta Mail 2.1 looks its StreamProvider up through ServiceLoader on every header it encodes, scanning every
    // jar each time (jakartaee/mail-api#861): a third of the CPU of a timer storm. Naming the provider skips the scan.
    if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
      System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
    }
  }
  private final JdbcClient jdbc;
  private final ObjectProvider<JavaMailSender> mailer;
  private final Clock clock;
  private final String from;

  Outbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailer, Clock clock,
      @Value("${disputedesk.notification.from:disputes@disputedesk.example}") String from) {
    this.jdbc = jdbc;
    this.mailer = mailer;
    this.clock = clock;
    this.from = from;
  }

  void send(String dedupKey, UUID caseId, String recipient, String subject, String body) {
    UUID id = UUID.randomUUID();
    int stored = jdbc.sql("""
            insert into outgoing_email (id, dedup_key, case_id, recipient, subject, body, created_at, status)
            values (?, ?, ?, ?, ?, ?, ?, 'STORED') on conflict (dedup_key) do nothing""")
        .params(id, dedupKey, caseId, recipient, subject, body, Timestamp.from(clock.instant()))
        .update();
    if (stored == 1) {
      deliver(id, recipient, subject, body);
    }
  }

  /** The newest stored emails, for administrators. */
  public List<OutgoingEmail> latest(int limit) {
    return jdbc.sql("select * from outgoing_email order by created_at desc limit ?").param(limit)
        .query((rs, n) -> new OutgoingEmail(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
            rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
            rs.getTimestamp("created_at").toInstant(),
            Optional.ofNullable(rs.getTimestamp("sent_at")).map(Timestamp::toInstant).orElse(null),
            rs.getString("status"), rs.getString("error")))
        .list();
  }

  @Scheduled(fixedDelayString = "${disputedesk.notification.retry:PT1M}")
  void retryFailed() {
    for (OutgoingEmail e : jdbc.sql("select * from outgoing_email where status = 'FAILED' order by created_at limit 100")
        .query((rs, n) -> new OutgoingEmail(rs.getObject("id", UUID.class), null, rs.getString("recipient"),
            rs.getString("subject"), rs.getString("body"), null, null, "FAILED", null)).list()) {
      deliver(e.id(), e.recipient(), e.subject(), e.body());
    }
  }

  private void deliver(UUID id, String recipient, String subject, String body) {
    JavaMailSender sender = mailer.getIfAvailable();
    if (sender == null) {
      return; // no SMTP configured: the email stays stored and visible to administrators
    }
    try {
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom(from);
      message.setTo(recipient);
      message.setSubject(subject);
      message.setText(body);
      sender.send(message);
      jdbc.sql("update outgoing_email set status = 'SENT', sent_at = ?, error = null where id = ?")
          .params(Timestamp.from(clock.instant()), id).update();
    } catch (MailException e) {
      log.warn("Could not send email {} to {}: {}", id, recipient, e.getMessage());
      jdbc.sql("update outgoing_email set status = 'FAILED', error = ? where id = ?")
          .params(String.valueOf(e.getMessage()), id).update();
    }
  }
}
