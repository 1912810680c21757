package com.disputedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Twenty identical openings at the same instant make one dispute, one process and one email; none answers 5xx. */
class ConcurrentOpeningTest extends IntegrationTest {
  @Autowired JdbcClient jdbc;

  @ParameterizedTest(name = "with the same Idempotency-Key: {0}")
  @ValueSource(booleans = {false, true})
  void twentySimultaneousIdenticalOpeningsMakeOneDispute(boolean sameKey) throws Exception {
    String buyer = Cases.unique("buyer");
    String orderId = Cases.unique("ORD");
    var body = cases.openRequest(cases.order(orderId, Cases.unique("seller")), false);
    String key = sameKey ? Cases.unique("key") : null;
    var pool = Executors.newFixedThreadPool(20);
    var start = new CountDownLatch(1);
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      calls.add(() -> {
        start.await();
        return api.post("/api/v1/disputes", buyer, body, key).status();
      });
    }
    var futures = calls.stream().map(pool::submit).toList();
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (var f : futures) {
      statuses.add(f.get());
    }
    pool.shutdown();
    assertThat(statuses).as("no 5xx").allMatch(s -> s < 500);
    assertThat(statuses).filteredOn(s -> s == 201).as(statuses.toString()).isNotEmpty();
    if (!sameKey) {
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
      assertThat(statuses).filteredOn(s -> s != 201).allMatch(s -> s == 409);
    }
    assertThat(jdbc.sql("select count(*) from dispute where order_id = ?").param(orderId).query(Integer.class)
        .single()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from act_ru_execution where business_key_ = (select id::text from dispute "
        + "where order_id = ?) and parent_id_ is null").param(orderId).query(Integer.class).single()).isEqualTo(1);
  }
}
