package com.disputedesk.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The feed as a receiver catching up sees it: every event exactly once, in commit order, with a cursor. */
class EventFeedTest extends IntegrationTest {
  @Autowired EventLog log;
  @Autowired EventFeed feed;
  @Autowired EventRetention retention;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  @Test
  void pagingWhileEventsAreWrittenConcurrentlyReturnsEveryEventExactlyOnce() throws Exception {
    String cursor = tail();
    Set<UUID> written = ConcurrentHashMap.newKeySet();
    ExecutorService writers = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      done.add(writers.submit(() -> {
        for (int tx = 0; tx < 40; tx++) {
          UUID caseId = UUID.randomUUID();
          transactions.executeWithoutResult(s -> {
            for (int i = 0, n = 1 + ThreadLocalRandom.current().nextInt(3); i < n; i++) {
              written.add(log.append(EventType.DISPUTE_UPDATED, caseId, Map.of("n", i)).id());
            }
            pause(); // commit late, so later positions commit first
          });
        }
        return null;
      }));
    }
    List<UUID> read = new ArrayList<>();
    while (!done.stream().allMatch(Future::isDone)) {
      cursor = readPage(cursor, read);
    }
    for (Future<?> f : done) {
      f.get();
    }
    writers.shutdown();
    for (String next = readPage(cursor, read); !next.equals(cursor); next = readPage(cursor, read)) {
      cursor = next;
    }
    assertThat(read).doesNotHaveDuplicates();
    assertThat(read.stream().filter(written::contains).toList()).hasSameSizeAs(written);
  }

  @Test
  void aTypeFilterAndTheCaseSequenceHold() {
    String cursor = tail();
    UUID caseId = UUID.randomUUID();
    transactions.executeWithoutResult(s -> {
      log.append(EventType.DISPUTE_OPENED, caseId, Map.of());
      log.append(EventType.DISPUTE_UPDATED, caseId, Map.of());
      log.append(EventType.DISPUTE_CANCELLED, caseId, Map.of());
    });
    var page = feed.after(cursor, 100, List.of("dispute.opened", "dispute.cancelled"));
    var mine = page.events().stream().filter(e -> e.caseId().equals(caseId)).toList();
    assertThat(mine).extracting(IntegrationEvent::type).containsExactly("dispute.opened", "dispute.cancelled");
    assertThat(mine).extracting(IntegrationEvent::sequence).containsExactly(1, 3);
  }

  @Test
  void eventsArePurgedAfterTheirRetentionButNotWhileADeliveryIsPending() {
    UUID old = UUID.randomUUID();
    UUID pending = UUID.randomUUID();
    UUID recent = UUID.randomUUID();
    time.freezeAt(time.now().minus(Duration.ofDays(91)));
    transactions.executeWithoutResult(s -> {
      log.append(EventType.DISPUTE_OPENED, old, Map.of());
      log.append(EventType.DISPUTE_OPENED, pending, Map.of());
    });
    UUID endpoint = UUID.randomUUID();
    jdbc.sql("""
        insert into webhook_endpoint (id, url, event_types, enabled, secret, created_at, created_by, updated_at)
        values (?, 'http://127.0.0.1:1/none', '{}', false, 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', now(), 't', now())""")
        .param(endpoint).update();
    jdbc.sql("""
        insert into webhook_delivery (id, endpoint_id, event_position, case_id, case_sequence, status, next_attempt_at,
          created_at) select gen_random_uuid(), ?, position, case_id, case_sequence, 'PENDING', now(), now()
        from integration_event where case_id = ?""").params(endpoint, pending).update();
    time.reset();
    transactions.executeWithoutResult(s -> log.append(EventType.DISPUTE_OPENED, recent, Map.of()));

    assertThat(retention.purge()).isGreaterThanOrEqualTo(1);
    assertThat(count(old)).isZero();
    assertThat(count(pending)).isEqualTo(1);
    assertThat(count(recent)).isEqualTo(1);
    jdbc.sql("delete from webhook_endpoint where id = ?").param(endpoint).update();
  }

  private int count(UUID caseId) {
    return jdbc.sql("select count(*) from integration_event where case_id = ?").param(caseId).query(Integer.class)
        .single();
  }

  private String readPage(String cursor, List<UUID> read) {
    var page = feed.after(cursor, 7, List.of());
    page.events().forEach(e -> read.add(e.id()));
    return page.next();
  }

  /** The cursor after every event there is now. */
  private String tail() {
    String cursor = null;
    for (var page = feed.after(null, 500, List.of()); ; page = feed.after(cursor, 500, List.of())) {
      if (page.events().isEmpty()) {
        return page.next();
      }
      cursor = page.next();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(15));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
