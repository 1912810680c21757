package com.disputedesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.appeal.AppealDecisions;
import com.disputedesk.appeal.AppealDesk;
import com.disputedesk.appeal.AppealOutcome;
import com.disputedesk.dispute.Disputes;
import com.disputedesk.mediation.FraudFlags;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.worklist.Worklist;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Every kind of case in every state is found by each of its keys, and only by the roles that may open it. */
class CaseSearchTest extends IntegrationTest {
  @Autowired CaseSearch search;
  @Autowired CaseIndexBackfill backfill;
  @Autowired Disputes disputes;
  @Autowired Worklist worklist;
  @Autowired AppealDesk appealDesk;
  @Autowired AppealDecisions appealDecisions;
  @Autowired FraudFlags flags;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aDisputeIsFoundByEachOfItsKeysInEveryStage() {
    var d = cases.open();
    var dispute = disputes.get(d.id());
    as("MEDIATOR");
    for (String key : List.of(d.id().toString(), dispute.orderId(), dispute.orderId().toLowerCase(), d.buyer(),
        d.seller(), "RU123456789CN")) {
      assertThat(found(key, CaseKind.DISPUTE)).as(key).contains(d.id());
    }
    assertThat(find(CaseQuery.of(dispute.orderId()))).singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo("NEGOTIATION"));
    assertThat(found("Gadget Sto", CaseKind.DISPUTE)).as("part of the store name").contains(d.id());
    assertThat(found("wireless EARB", CaseKind.DISPUTE)).as("words of the item title, the last one begun")
        .contains(d.id());
    assertThat(CaseSearchSql.words("Вечная  команда-42 ")).as("any script; a trailing space means whole words")
        .isEqualTo("вечная & команда & 42");
    assertThat(CaseSearchSql.words("m5 note)|!:*")).as("nothing typed is query syntax").isEqualTo("m5 & note:*");
    assertThat(CaseSearchSql.words("store 42")).as("a number is whole").isEqualTo("store & 42");
    assertThat(CaseSearchSql.words("store m4")).as("a word with a letter may be begun").isEqualTo("store & m4:*");

    var decided = cases.decided("mediator1");
    String order = disputes.get(decided.id()).orderId();
    assertThat(find(CaseQuery.of(order))).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo("RESOLVED");
      assertThat(f.outcome()).isEqualTo("PARTIAL_REFUND");
      assertThat(f.decidedBy()).isEqualTo("mediator1");
      assertThat(f.slaDueAt()).as("the appeal window runs").isEqualTo(disputes.get(decided.id()).appealDueAt());
    });
    time.travelTo(disputes.get(decided.id()).appealDueAt().plusSeconds(60));
    time.runDueJobs();
    assertThat(find(CaseQuery.of(order))).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo("CLOSED");
      assertThat(f.open()).isFalse();
      assertThat(f.slaDueAt()).isNull();
    });
    var closedOnly = new CaseQuery(order, CaseKind.DISPUTE, false, null, null, "PARTIAL_REFUND", "mediator1", null,
        null, false, CaseQuery.Sort.NEWEST);
    assertThat(find(closedOnly)).hasSize(1);
    assertThat(find(new CaseQuery(order, null, true, null, null, null, null, null, null, false, null))).isEmpty();
  }

  @Test
  void anAppealAndItsCouponsAreFoundByTheCommissionAndTheDisputeByMediatorsOnly() {
    time.freeze();
    var d = cases.appealed("mediator1");
    String order = disputes.get(d.id()).orderId();
    as("COMMISSIONER");
    assertThat(find(CaseQuery.of(order))).extracting(FoundCase::kind).containsExactly(CaseKind.APPEAL);
    FoundCase appeal = find(CaseQuery.of(order)).get(0);
    assertThat(appeal.linkId()).isEqualTo(d.id());
    assertThat(appeal.status()).isEqualTo("PENDING");
    assertThat(appeal.slaDueAt()).isNotNull();
    as("MEDIATOR");
    assertThat(find(CaseQuery.of(order))).extracting(FoundCase::kind).containsExactly(CaseKind.DISPUTE);
    as("QUALITY_REVIEWER");
    assertThat(find(CaseQuery.of(order))).extracting(FoundCase::kind)
        .containsExactlyInAnyOrder(CaseKind.DISPUTE, CaseKind.APPEAL);

    var task = worklist.openTasksOf(d.id()).stream().filter(t -> t.taskKey().equals("Task_ReviewAppeal"))
        .findFirst().orElseThrow();
    appealDesk.claim(task.taskId(), "commissioner1");
    as("COMMISSIONER");
    assertThat(find(CaseQuery.of(order)).get(0).holder()).as("who holds it").isEqualTo("commissioner1");
    appealDecisions.decide(d.id(), "commissioner1", AppealOutcome.OVERTURNED, new BigDecimal("20.00"),
        "The postal opening report shows the parcel was empty.");
    time.travelTo(Instant.parse(api.get(d.path(), d.buyer()).body().at("/appeal/result/couponsCreditedFrom")
        .asText()));
    String code = api.get("/api/v1/buyers/" + d.buyer() + "/coupons", d.buyer()).body().get(0).get("code").asText();
    assertThat(find(CaseQuery.of(code))).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(CaseKind.APPEAL);
      assertThat(f.outcome()).isEqualTo("OVERTURNED");
      assertThat(f.decidedBy()).isEqualTo("commissioner1");
    });
  }

  @Test
  void complaintsAndAccountReviewsAreFoundByComplaintReviewersWhoNeverSeeDisputes() {
    UUID complaintCase = cases.answeredComplaintCase();
    var d = cases.escalated();
    cases.claimed(d, "mediator1");
    var review = flags.flag(d.id(), "mediator1", d.seller(), "The same tracking number in five disputes.");
    as("COMPLAINT_REVIEWER");
    FoundCase complaint = search.page(CaseQuery.of(complaintCase.toString()), 0, 10).get(0);
    assertThat(complaint.kind()).isEqualTo(CaseKind.COMPLAINT);
    assertThat(found(complaint.sellerId(), CaseKind.COMPLAINT)).as("by the accused").contains(complaintCase);
    assertThat(found("shop.example/item/" + complaint.sellerId(), CaseKind.COMPLAINT)).as("by the listing")
        .contains(complaintCase);
    String reporter = jdbc.sql("select reporter_id from complaint where case_id = ?").param(complaintCase)
        .query(String.class).list().get(0);
    assertThat(found(reporter, CaseKind.COMPLAINT)).as("by a reporter").contains(complaintCase);

    assertThat(find(CaseQuery.of(d.seller()))).extracting(FoundCase::kind)
        .as("the account review, never the dispute").containsExactly(CaseKind.ACCOUNT_REVIEW);
    assertThat(found(d.id().toString(), CaseKind.ACCOUNT_REVIEW)).as("by the dispute behind it")
        .contains(review.id());
    as("MEDIATOR");
    assertThat(find(CaseQuery.of(complaintCase.toString()))).isEmpty();
    assertThat(find(CaseQuery.of(d.seller()))).extracting(FoundCase::kind).containsExactly(CaseKind.DISPUTE);
    SecurityContextHolder.clearContext();
    assertThat(find(CaseQuery.of(d.seller()))).as("nobody signed in finds nothing").isEmpty();
  }

  @Test
  void aBreachedDeadlineAndAnOpeningDateNarrowTheSearch() {
    time.freeze();
    var d = cases.escalated();
    String order = disputes.get(d.id()).orderId();
    as("OPS_LEAD");
    var breached = new CaseQuery(order, null, null, null, null, null, null, null, null, true, null);
    assertThat(find(breached)).isEmpty();
    time.travelTo(disputes.get(d.id()).mediationDueAt().plus(Duration.ofMinutes(1)));
    assertThat(find(breached)).hasSize(1);
    var openedLater = new CaseQuery(order, null, null, null, null, null, null, time.now(), null, false, null);
    assertThat(find(openedLater)).isEmpty();
  }

  @Test
  void theIndexIsRebuiltFromTheCasesThemselves() {
    var d = cases.open();
    jdbc.sql("delete from case_index where case_id = ?").param(d.id()).update();
    as("ADMIN");
    assertThat(found(d.id().toString(), CaseKind.DISPUTE)).isEmpty();
    assertThat(backfill.rebuild()).isPositive();
    assertThat(found(d.id().toString(), CaseKind.DISPUTE)).containsExactly(d.id());
  }

  @Test
  void likeWildcardsAreTakenLiterallyAndCountsStopAtTheCap() {
    cases.open();
    as("ADMIN");
    assertThat(search.count(CaseQuery.of("%%%"))).isZero();
    assertThat(search.count(CaseQuery.of("___"))).isZero();
    assertThat(search.count(CaseQuery.of("earbuds"))).isPositive().isLessThanOrEqualTo(CaseSearch.COUNT_CAP + 1);
  }

  private List<UUID> found(String text, CaseKind kind) {
    return search.page(new CaseQuery(text, kind, null, null, null, null, null, null, null, false, null), 0, 500)
        .stream().map(FoundCase::caseId).toList();
  }

  private List<FoundCase> find(CaseQuery q) {
    return search.page(q, 0, 50);
  }

  private static void as(String... roles) {
    SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("someone", null,
        AuthorityUtils.createAuthorityList(java.util.Arrays.stream(roles).map(r -> "ROLE_" + r).toArray(String[]::new))));
  }
}
