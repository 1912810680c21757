package com.disputedesk.notification;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends stored emails in batches over one SMTP connection, one transaction per batch. Woken after each commit that
 * stored emails; a sweep also picks up what another node or a crashed run left, and failed sends once they are due
 * again. Rows are locked with {@code skip locked}, so two nodes never send the same batch. Without SMTP configured
 * the emails stay stored for administrators.
 */
@Component
class OutboxRelay {
  static final int BATCH = 100;
  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  static {
    // Jakarta Mail 2.1 looks its StreamProvider up through ServiceLoader on every header it encodes, scanning every
    // jar each time (jakartaee/mail-api#861): a third of the CPU of a timer storm. Naming the provider skips the scan.
    if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
      System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
    }
  }

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final ObjectProvider<JavaMailSender> mailer;
  private final Clock clock;
  private final String from;
  private final Duration retryAfter;
  private final Duration gather;
  private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "outbox-relay");
    t.setDaemon(true);
    return t;
  });
  private final AtomicBoolean woken = new AtomicBoolean();

  OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, ObjectProvider<JavaMailSender> mailer, Clock clock,
      @Value("${disputedesk.notification.from:disputes@disputedesk.example}") String from,
      @Value("${disputedesk.notification.retry:PT1M}") Duration retryAfter,
      @Value("${disputedesk.notification.gather:PT0.2S}") Duration gather) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.mailer = mailer;
    this.clock = clock;
    this.from = from;
    this.retryAfter = retryAfter;
    this.gather = gather;
  }

  /**
   * Asks for a drain shortly; wakes arriving meanwhile are folded into it, so busy times send full batches (one
   * SMTP connection and one transaction per hundred emails instead of per commit).
   */
  void wake() {
    if (mailer.getIfAvailable() != null && woken.compareAndSet(false, true)) {
      worker.schedule(() -> {
        woken.set(false);
        drainQuietly();
      }, gather.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  @Scheduled(fixedDelayString = "${disputedesk.notification.sweep:PT5S}")
  void sweep() {
    wake();
  }

  /** Sends batches until nothing is due; returns how many emails went out. */
  int drain() {
    int sent = 0;
    for (int batch = sendBatch(); batch > 0; batch = sendBatch()) {
      sent += batch;
    }
    return sent;
  }

  private void drainQuietly() {
    try {
      drain();
    } catch (RuntimeException e) {
      log.warn("Outbox relay stopped a drain, the sweep tries again: {}", e.toString());
    }
  }

  /** One batch in one transaction; returns how many emails it took (sent or failed). */
  private int sendBatch() {
    JavaMailSender sender = mailer.getIfAvailable();
    if (sender == null) {
      return 0;
    }
    Integer taken = transactions.execute(tx -> {
      List<SmtpBatch.Pending> due = jdbc.sql("""
              select id, recipient, subject, body from outgoing_email
              where status in ('STORED', 'FAILED') and (status = 'STORED' or next_attempt_at <= ?)
              order by created_at limit ? for update skip locked""")
          .params(Timestamp.from(clock.instant()), BATCH)
          .query((rs, n) -> new SmtpBatch.Pending(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
              rs.getString(4)))
          .list();
      if (!due.isEmpty()) {
        record(due, SmtpBatch.send(sender, from, due));
      }
      return due.size();
    });
    return taken == null ? 0 : taken;
  }

  private void record(List<SmtpBatch.Pending> due, Map<UUID, String> failed) {
    Timestamp now = Timestamp.from(clock.instant());
    List<UUID> sent = new ArrayList<>();
    for (SmtpBatch.Pending p : due) {
      if (!failed.containsKey(p.id())) {
        sent.add(p.id());
      }
    }
    if (!sent.isEmpty()) {
      jdbc.sql("update outgoing_email set status = 'SENT', sent_at = ?, error = null, attempts = attempts + 1"
          + " where id = any(?)").params(now, sent.toArray(UUID[]::new)).update();
    }
    Timestamp retryAt = Timestamp.from(clock.instant().plus(retryAfter));
    failed.forEach((id, error) -> {
      log.warn("Could not send email {}: {}", id, error);
      jdbc.sql("update outgoing_email set status = 'FAILED', error = ?, attempts = attempts + 1, next_attempt_at = ?"
          + " where id = ?").params(error, retryAt, id).update();
    });
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
