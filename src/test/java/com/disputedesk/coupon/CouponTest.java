package com.disputedesk.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.appeal.AppealDecisions;
import com.disputedesk.appeal.AppealDesk;
import com.disputedesk.appeal.AppealOutcome;
import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.worklist.Worklist;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** DOMAIN.md §3: coupons after an overturn, in the buyer's split, on the 5th working day, valid 60 days, once. */
class CouponTest extends IntegrationTest {
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  @Autowired AppealDesk desk;
  @Autowired AppealDecisions decisions;
  @Autowired Worklist worklist;
  @Autowired HistoryService history;

  @Test
  void couponsArriveOnTheFifthWorkingDayOverAWeekendAndAHolidayInTheChosenSplit() {
    // Monday 1 November 2027; Thursday 4 November is Unity Day: Tue 2, Wed 3, Fri 5, Mon 8, Tue 9
    time.freezeAt(LocalDateTime.of(2027, 11, 1, 10, 0).atZone(MOSCOW).toInstant());
    var d = overturned("20.00");
    Instant due = LocalDateTime.of(2027, 11, 9, 10, 0).atZone(MOSCOW).toInstant();
    assertThat(api.get(d.path(), d.buyer()).body().at("/appeal/result/couponsCreditedFrom").asText())
        .isEqualTo(due.toString());

    time.travelTo(due.minusSeconds(60));
    assertThat(coupons(d)).isEmpty();
    var split = api.put(d.path() + "/appeal/coupon-split", d.buyer(),
        Map.of("coupons", List.of("5.00", "5.00", "5.00", "5.00")));
    assertThat(split.status()).isEqualTo(200);

    time.travelTo(due);
    List<JsonNode> issued = coupons(d);
    assertThat(issued).hasSize(4).allSatisfy(c -> {
      assertThat(c.at("/value/amount").asText()).isEqualTo("5.00");
      assertThat(c.get("status").asText()).isEqualTo("ACTIVE");
      assertThat(Instant.parse(c.get("validUntil").asText()))
          .isEqualTo(Instant.parse(c.get("issuedAt").asText()).plus(Duration.ofDays(60)));
    });
    assertThat(issued.stream().map(c -> c.get("code").asText()).distinct()).hasSize(4);
    var late = api.put(d.path() + "/appeal/coupon-split", d.buyer(), Map.of("coupons", List.of("20.00")));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.text("detail")).contains("already issued");
  }

  @Test
  void noChoiceMeansOneCouponAndAWrongSumChangesNothing() {
    time.freeze();
    var d = overturned("20.00");
    var wrong = api.put(d.path() + "/appeal/coupon-split", d.buyer(), Map.of("coupons", List.of("5.00", "5.00")));
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(wrong.text("detail")).contains("add up to the compensation 20.00");
    assertThat(api.put(d.path() + "/appeal/coupon-split", d.buyer(), Map.of("coupons", List.of("-5.00", "25.00")))
        .status()).isEqualTo(422);
    assertThat(api.put(d.path() + "/appeal/coupon-split", d.seller(), Map.of("coupons", List.of("20.00")))
        .status()).as("the seller has no say").isEqualTo(409);
    time.travelTo(creditedFrom(d));
    assertThat(coupons(d)).singleElement().satisfies(c -> assertThat(c.at("/value/amount").asText()).isEqualTo("20.00"));
  }

  @Test
  void aCouponIsRedeemedOnceAndNeverAfterItExpired() {
    time.freeze();
    var d = overturned("30.00");
    api.put(d.path() + "/appeal/coupon-split", d.buyer(), Map.of("coupons", List.of("10.00", "20.00")));
    time.travelTo(creditedFrom(d));
    List<JsonNode> issued = coupons(d);
    String first = issued.get(0).get("code").asText();
    String second = issued.get(1).get("code").asText();

    assertThat(api.post("/api/v1/coupons/" + first + "/redeem", d.seller(), Map.of("orderId", "ORD-1")).status())
        .as("someone else's coupon does not exist for them").isEqualTo(404);
    var redeemed = api.post("/api/v1/coupons/" + first + "/redeem", d.buyer(), Map.of("orderId", "ORD-NEXT-1"));
    assertThat(redeemed.status()).isEqualTo(200);
    assertThat(redeemed.text("status")).isEqualTo("REDEEMED");
    var twice = api.post("/api/v1/coupons/" + first + "/redeem", d.buyer(), Map.of("orderId", "ORD-NEXT-2"));
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.text("detail")).contains("already redeemed on order ORD-NEXT-1");

    time.travel(Duration.ofDays(61));
    var expired = api.post("/api/v1/coupons/" + second + "/redeem", d.buyer(), Map.of("orderId", "ORD-NEXT-3"));
    assertThat(expired.status()).isEqualTo(409);
    assertThat(expired.text("detail")).contains("expired");
    assertThat(coupons(d)).extracting(c -> c.get("status").asText()).containsExactlyInAnyOrder("REDEEMED", "EXPIRED");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("AppealReviewProcess")
        .processInstanceBusinessKey(d.id().toString()).singleResult().getEndActivityId())
        .isEqualTo("EndEvent_Compensated");
    assertThat(api.get(d.path(), d.buyer()).body().get("timeline").findValuesAsText("type"))
        .contains("APPEALED", "APPEAL_REVIEWED", "COUPON_SPLIT_CHOSEN", "COUPONS_ISSUED", "COUPON_REDEEMED",
            "COUPONS_EXPIRED");
    assertThat(api.get(d.path(), d.seller()).body().get("coupons")).as("codes are the buyer's alone").isEmpty();
    assertThat(integrationEvents.types(d.id())).containsSubsequence("appeal.filed", "appeal.decided",
        "coupon.issued", "coupon.redeemed", "coupon.expired");
    assertThat(integrationEvents.data(d.id(), "coupon.issued").path("coupons").findValuesAsText("code"))
        .containsExactly(first, second);
    assertThat(integrationEvents.data(d.id(), "coupon.redeemed").path("orderId").asText()).isEqualTo("ORD-NEXT-1");
    assertThat(integrationEvents.data(d.id(), "coupon.expired").path("code").asText()).isEqualTo(second);
    assertThat(integrationEvents.data(d.id(), "appeal.decided").at("/compensation/amount").asText())
        .isEqualTo("30.00");
  }

  private Cases.Dispute overturned(String compensation) {
    var d = cases.appealed("mediator1");
    var task = worklist.openTasksOf(d.id()).stream().filter(t -> t.taskKey().equals("Task_ReviewAppeal")).findFirst()
        .orElseThrow();
    desk.claim(task.taskId(), "commissioner1");
    decisions.decide(d.id(), "commissioner1", AppealOutcome.OVERTURNED, new BigDecimal(compensation),
        "The postal opening report shows the parcel was empty.");
    return d;
  }

  private Instant creditedFrom(Cases.Dispute d) {
    return Instant.parse(api.get(d.path(), d.buyer()).body().at("/appeal/result/couponsCreditedFrom").asText());
  }

  private List<JsonNode> coupons(Cases.Dispute d) {
    var answer = api.get("/api/v1/buyers/" + d.buyer() + "/coupons", d.buyer());
    assertThat(answer.status()).isEqualTo(200);
    return StreamSupport.stream(answer.body().spliterator(), false).toList();
  }
}
