package com.disputedesk.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.appeal.AppealDecisions;
import com.disputedesk.appeal.AppealDesk;
import com.disputedesk.appeal.AppealOutcome;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.worklist.Worklist;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Generated sequences of ledger operations against the real services and database: random compensations and splits,
 * redemptions (some racing each other), time jumps across the validity. After every step the ledger must hold: issued
 * value = compensation, no coupon redeemed twice, none redeemed at or after its expiry, no code collision, and
 * every answer as a model of the rules predicts. Rerun a failure with {@code -Dcoupon.seed=<seed>}.
 */
class CouponLedgerTest extends IntegrationTest {
  @Autowired AppealDesk desk;
  @Autowired AppealDecisions decisions;
  @Autowired Worklist worklist;
  @Autowired JdbcClient jdbc;

  @Test
  void ledgerInvariantsHoldForGeneratedOperationSequences() throws Exception {
    long seed = Long.getLong("coupon.seed", System.nanoTime());
    System.out.println("CouponLedgerTest seed " + seed);
    Random random = new Random(seed);
    for (int scenario = 0; scenario < 6; scenario++) {
      runScenario(random, "seed " + seed + " scenario " + scenario);
    }
  }

  private void runScenario(Random random, String label) throws Exception {
    time.freeze();
    long cents = 100 + random.nextInt(50_000);
    BigDecimal compensation = BigDecimal.valueOf(cents, 2);
    var d = cases.appealed("mediator1");
    var task = worklist.openTasksOf(d.id()).stream().filter(t -> t.taskKey().equals("Task_ReviewAppeal"))
        .findFirst().orElseThrow();
    desk.claim(task.taskId(), "commissioner1");
    decisions.decide(d.id(), "commissioner1", AppealOutcome.OVERTURNED, compensation, "Generated overturn.");
    if (random.nextBoolean()) {
      List<String> split = partition(random, cents);
      assertThat(api.put(d.path() + "/appeal/coupon-split", d.buyer(), Map.of("coupons", split)).status())
          .as(label).isEqualTo(200);
    }
    time.travelTo(Instant.parse(api.get(d.path(), d.buyer()).body().at("/appeal/result/couponsCreditedFrom")
        .asText()));
    List<JsonNode> issued = coupons(d.buyer());
    assertThat(sum(issued)).as(label + ": issued value equals compensation").isEqualByComparingTo(compensation);

    Map<String, String> model = new HashMap<>(); // code -> ACTIVE / REDEEMED
    issued.forEach(c -> model.put(c.get("code").asText(), "ACTIVE"));
    Instant validUntil = Instant.parse(issued.get(0).get("validUntil").asText());
    for (int step = 0; step < 12; step++) {
      String code = issued.get(random.nextInt(issued.size())).get("code").asText();
      switch (random.nextInt(4)) {
        case 0, 1 -> {
          int status = api.post("/api/v1/coupons/" + code + "/redeem", d.buyer(), Map.of("orderId", "ORD-" + step))
              .status();
          boolean valid = "ACTIVE".equals(model.get(code)) && time.now().isBefore(validUntil);
          assertThat(status).as(label + " step " + step + " redeem").isEqualTo(valid ? 200 : 409);
          if (valid) {
            model.put(code, "REDEEMED");
          }
        }
        case 2 -> {
          boolean valid = "ACTIVE".equals(model.get(code)) && time.now().isBefore(validUntil);
          long winners = race(code, d.buyer());
          assertThat(winners).as(label + " step " + step + " five racing redemptions").isEqualTo(valid ? 1 : 0);
          if (valid) {
            model.put(code, "REDEEMED");
          }
        }
        default -> time.travel(Duration.ofDays(random.nextInt(25)));
      }
      assertLedger(label + " step " + step, d.buyer(), compensation, model, validUntil);
    }
  }

  private void assertLedger(String label, String buyer, BigDecimal compensation, Map<String, String> model,
      Instant validUntil) {
    List<JsonNode> now = coupons(buyer);
    assertThat(sum(now)).as(label + ": value never changes").isEqualByComparingTo(compensation);
    for (JsonNode c : now) {
      String expected = "REDEEMED".equals(model.get(c.get("code").asText())) ? "REDEEMED"
          : time.now().isBefore(validUntil) ? "ACTIVE" : "EXPIRED";
      assertThat(c.get("status").asText()).as(label + ": status of " + c.get("code")).isEqualTo(expected);
    }
    assertThat(jdbc.sql("select count(*) from coupon where redeemed_at >= valid_until").query(Long.class).single())
        .as(label + ": redeemed after expiry").isZero();
    assertThat(jdbc.sql("select count(*) - count(distinct code) from coupon").query(Long.class).single())
        .as(label + ": code collision").isZero();
    assertThat(jdbc.sql("select count(*) from coupon where status = 'REDEEMED' and redeemed_at is null")
        .query(Long.class).single()).isZero();
  }

  private long race(String code, String buyer) throws Exception {
    var pool = Executors.newFixedThreadPool(5);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        int n = i;
        calls.add(() -> api.post("/api/v1/coupons/" + code + "/redeem", buyer, Map.of("orderId", "RACE-" + n))
            .status());
      }
      List<Integer> statuses = new ArrayList<>();
      for (var f : pool.invokeAll(calls)) {
        statuses.add(f.get());
      }
      assertThat(statuses).allMatch(s -> s == 200 || s == 409);
      return statuses.stream().filter(s -> s == 200).count();
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> partition(Random random, long cents) {
    int n = 1 + random.nextInt((int) Math.min(8, cents));
    List<String> parts = new ArrayList<>();
    long left = cents;
    for (int i = 0; i < n - 1; i++) {
      long piece = 1 + (long) (random.nextDouble() * (left - (n - 1 - i) - 1));
      parts.add(BigDecimal.valueOf(piece, 2).toPlainString());
      left -= piece;
    }
    parts.add(BigDecimal.valueOf(left, 2).toPlainString());
    return parts;
  }

  private static BigDecimal sum(List<JsonNode> coupons) {
    return coupons.stream().map(c -> new BigDecimal(c.at("/value/amount").asText())).reduce(BigDecimal.ZERO,
        BigDecimal::add);
  }

  private List<JsonNode> coupons(String buyer) {
    return StreamSupport.stream(api.get("/api/v1/buyers/" + buyer + "/coupons", buyer).body().spliterator(), false)
        .toList();
  }
}
