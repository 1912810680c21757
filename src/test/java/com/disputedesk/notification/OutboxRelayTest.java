package com.disputedesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.Mails;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/** The transactional outbox: emails commit with their change, go out in batches, and a failed send is retried. */
class OutboxRelayTest extends IntegrationTest {
  private static final int MANY = 2 * OutboxRelay.BATCH + 50;
  @Autowired Outbox outbox;
  @Autowired OutboxRelay relay;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Clock clock;

  @Test
  void anEmailOfARolledBackChangeIsNeitherStoredNorSent() {
    String to = Cases.unique("rolled-back") + "@example.test";
    transactions.executeWithoutResult(tx -> {
      outbox.send(Cases.unique("rb"), null, to, "Never", "This change rolled back.");
      tx.setRollbackOnly();
    });
    assertThat(jdbc.sql("select count(*) from outgoing_email where recipient = ?").param(to).query(Long.class).single())
        .isZero();
    relay.drain();
    assertThat(Mails.count(MAIL, "Never", to)).isZero();
  }

  @Test
  void anOpeningAndItsEmailToTheSellerCommitTogether() {
    Cases.Dispute d = cases.open();
    // present the moment the opening is acknowledged: written in its transaction, not by a listener after commit
    assertThat(jdbc.sql("select count(*) from outgoing_email where dedup_key = ?").param("opened:" + d.id())
        .query(Long.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from event_publication where listener_id like '%notification%'"
        + " and serialized_event like ?").param("%" + d.id() + "%").query(Long.class).single())
        .as("no event publication of its own").isZero();
  }

  @Test
  void storedEmailsGoOutInBatchesAfterCommit() {
    String to = Cases.unique("batch") + "@example.test";
    transactions.executeWithoutResult(tx -> {
      for (int i = 0; i < MANY; i++) {
        outbox.send(Cases.unique("batch"), null, to, "Batch " + i, "One of many.");
      }
    });
    await().atMost(Duration.ofSeconds(60)).until(() -> Mails.count(MAIL, "Batch ", to) == MANY);
    await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from outgoing_email"
        + " where recipient = ? and status = 'SENT' and attempts = 1").param(to).query(Long.class).single() == MANY);
  }

  @Test
  void aSendThatFailsIsRetriedOnceItIsDueAgain() throws Exception {
    time.freeze();
    String to = Cases.unique("retry") + "@example.test";
    OutboxRelay unreachable = new OutboxRelay(jdbc, transactions, deadSmtp(), clock, "disputes@example.test",
        Duration.ofMinutes(1), Duration.ZERO);
    // stored and tried in one transaction, so the application's own relay never sees the email unsent
    transactions.executeWithoutResult(tx -> {
      jdbc.sql("insert into outgoing_email (id, dedup_key, case_id, recipient, subject, body, created_at, status)"
          + " values (?, ?, null, ?, 'Retried', 'Second time lucky.', now(), 'STORED')")
          .params(UUID.randomUUID(), Cases.unique("retry"), to).update();
      assertThat(unreachable.drain()).as("taken, but not sent").isEqualTo(1);
    });
    unreachable.stop();
    assertThat(status(to)).isEqualTo("FAILED");
    relay.drain();
    assertThat(status(to)).as("not due again yet").isEqualTo("FAILED");

    time.travel(Duration.ofMinutes(2));
    relay.drain();
    assertThat(status(to)).isEqualTo("SENT");
    assertThat(Mails.count(MAIL, "Retried", to)).isEqualTo(1);
    assertThat(jdbc.sql("select attempts from outgoing_email where recipient = ?").param(to).query(Integer.class)
        .single()).isEqualTo(2);
  }

  private String status(String recipient) {
    return jdbc.sql("select status from outgoing_email where recipient = ?").param(recipient).query(String.class)
        .single();
  }

  private static ObjectProvider<JavaMailSender> deadSmtp() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    return new StaticListableBeanFactory(Map.of("deadSmtp", sender)).getBeanProvider(JavaMailSender.class);
  }
}
