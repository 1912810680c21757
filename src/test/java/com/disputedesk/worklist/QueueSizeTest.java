package com.disputedesk.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.IntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The trigger-kept queue size always equals counting the queue's rows, through the whole life of a case. */
class QueueSizeTest extends IntegrationTest {
  private static final WorkQueueQuery MEDIATORS = WorkQueueQuery.forGroups(Set.of("mediators"));
  @Autowired Worklist worklist;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void aCaseMovesItsQueueSizeUpWhenEscalatedAndDownWhenDecided() {
    long before = countedAndKept(MEDIATORS, null);
    var d = cases.escalated();
    assertThat(countedAndKept(MEDIATORS, null)).isEqualTo(before + 1);
    cases.claimed(d, "mediator1");
    assertThat(countedAndKept(MEDIATORS, null)).isEqualTo(before + 1);
    cases.decidePartial(d, "mediator1", "10.00");
    assertThat(countedAndKept(MEDIATORS, null)).isEqualTo(before);
  }

  @Test
  void theDecidingMediatorDoesNotCountTheAppealsTheyAreExcludedFrom() {
    cases.appealed("mediator2");
    WorkQueueQuery commission = WorkQueueQuery.forGroups(Set.of("appeal-commission"));
    long all = countedAndKept(commission, null);
    long seenByDecider = countedAndKept(commission.seenBy("mediator2"), "mediator2");
    assertThat(seenByDecider).isLessThan(all);
  }

  /** Reads the kept size and counts the rows in one snapshot, asserts they agree, and returns the size. */
  private long countedAndKept(WorkQueueQuery query, String viewer) {
    var snapshot = new TransactionTemplate(transactions);
    snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    return snapshot.execute(tx -> {
      long kept = worklist.count(query);
      long counted = jdbc.sql("select count(*) from worklist_item where candidate_group = any(?)"
              + " and (cast(? as text) is null or not (cast(? as text) = any(excluded_users)))")
          .params(query.groups().toArray(String[]::new), viewer, viewer).query(Long.class).single();
      assertThat(kept).as("kept queue size vs counted rows").isEqualTo(counted);
      return kept;
    });
  }
}
