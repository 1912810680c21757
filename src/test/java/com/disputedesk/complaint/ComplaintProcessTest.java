package com.disputedesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.disputedesk.account.AccountReviews;
import com.disputedesk.account.Standing;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.Mails;
import com.disputedesk.worklist.WorkItem;
import com.disputedesk.worklist.Worklist;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of a complaint case (DOMAIN.md §4) through ComplaintCaseProcess, with time travel. */
class ComplaintProcessTest extends IntegrationTest {
  @Autowired ComplaintDesk desk;
  @Autowired ComplaintDecisions decisions;
  @Autowired Worklist worklist;
  @Autowired AccountReviews accounts;

  @BeforeEach
  void frozen() {
    time.freeze();
  }

  @Test
  void anAnsweredComplaintIsUpheldWithListingRemovalAndBothSidesSeeIt() {
    String seller = Cases.unique("seller");
    var filed = report("reporter-a", seller, "https://shop.example/item/" + seller, "COUNTERFEIT_PRODUCTS", null);
    assertThat(filed.status()).isEqualTo(201);
    assertThat(filed.text("statusText")).isEqualTo("waiting for a response from the interlocutor");
    UUID id = filed.id();
    var against = api.get("/api/v1/complaints?against=me", seller);
    assertThat(against.body().findValuesAsText("id")).contains(id.toString());
    await().atMost(Duration.ofSeconds(60)).until(() -> Mails.any(MAIL, "A complaint about your listing", seller, "answer"));

    var answered = api.post("/api/v1/complaints/" + id + "/response", seller, Map.of("message",
        "These are genuine: the brand's distribution certificate is attached to the listing."));
    assertThat(answered.status()).isEqualTo(200);
    assertThat(answered.text("statusText")).isEqualTo("processing");
    UUID caseId = UUID.fromString(answered.text("caseId"));
    decide(caseId, () -> decisions.uphold(caseId, "reviewer1", Sanction.LISTING_REMOVAL,
        "The certificate is for a different brand."));

    var seen = api.get("/api/v1/complaints/" + id, seller);
    assertThat(seen.text("statusText")).isEqualTo("resolved");
    assertThat(seen.body().at("/result/sanction").asText()).isEqualTo("LISTING_REMOVAL");
    assertThat(api.get("/api/v1/complaints/" + id, "reporter-a").body().at("/result/outcome").asText())
        .isEqualTo("UPHELD");
    assertThat(api.get("/api/v1/complaints/" + id, "someone-else").status()).isEqualTo(404);
    assertThat(integrationEvents.types(caseId)).containsExactly("complaint.filed", "complaint.resolved",
        "sanction.applied");
    var sanction = integrationEvents.data(caseId, "sanction.applied");
    assertThat(sanction.path("sanction").asText()).isEqualTo("LISTING_REMOVAL");
    assertThat(sanction.path("accusedId").asText()).isEqualTo(seller);
    assertThat(sanction.path("productUrl").asText()).isEqualTo("https://shop.example/item/" + seller);
  }

  @Test
  void anUnansweredComplaintReachesTheReviewerMarkedNoResponse() {
    String seller = Cases.unique("seller");
    UUID id = report("reporter-b", seller, "https://shop.example/item/" + seller, "OFF_PLATFORM_TRADING", null).id();
    Instant due = Instant.parse(api.get("/api/v1/complaints/" + id, seller).text("responseDueAt"));
    assertThat(due).isEqualTo(time.now().plus(Duration.ofDays(5)));
    time.travelTo(due.minusSeconds(60));
    assertThat(api.get("/api/v1/complaints/" + id, seller).text("status")).isEqualTo("WAITING_FOR_RESPONSE");
    time.travelTo(due);
    var view = api.get("/api/v1/complaints/" + id, seller);
    assertThat(view.text("status")).isEqualTo("PROCESSING");
    assertThat(view.body().get("noResponse").asBoolean()).isTrue();
    UUID caseId = UUID.fromString(view.text("caseId"));
    assertThat(task(caseId).stage()).isEqualTo("NO_RESPONSE");
    var late = api.post("/api/v1/complaints/" + id + "/response", seller, Map.of("message", "Sorry, I was away."));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.text("detail")).contains("response period ended");
    decide(caseId, () -> decisions.uphold(caseId, "reviewer1", Sanction.WARNING, "Contact details in the listing."));
    assertThat(api.get("/api/v1/complaints/" + id, seller).body().at("/result/sanction").asText()).isEqualTo("WARNING");
  }

  @Test
  void reportsAboutTheSameListingAreGroupedAndDecidedOnce() {
    String seller = Cases.unique("seller");
    UUID first = report("reporter-c1", seller, "https://shop.example/item/" + seller, "SEARCH_EXPOSURE_CHEATING",
        "DUPLICATE_LISTING").id();
    UUID second = report("reporter-c2", seller, "HTTPS://WWW.shop.example/item/" + seller + "/?ref=search",
        "SEARCH_EXPOSURE_CHEATING", "KEYWORD_STUFFING").id();
    UUID third = report("reporter-c3", seller, "http://shop.example/item/" + seller + "#reviews", "FALSE_INFORMATION",
        null).id();
    UUID caseId = UUID.fromString(api.get("/api/v1/complaints/" + first, seller).text("caseId"));
    assertThat(api.get("/api/v1/complaints/" + third, seller).text("caseId")).isEqualTo(caseId.toString());
    assertThat(api.get("/api/v1/complaints/" + first, seller).body().get("reportsAboutListing").asInt()).isEqualTo(3);
    api.post("/api/v1/complaints/" + second + "/response", seller, Map.of("message", "One listing per colour."));
    assertThat(worklist.openTasksOf(caseId)).hasSize(1);
    decide(caseId, () -> decisions.dismiss(caseId, "reviewer1", "Colours are separate products."));
    for (UUID id : new UUID[] {first, second, third}) {
      assertThat(api.get("/api/v1/complaints/" + id, seller).body().at("/result/outcome").asText())
          .isEqualTo("DISMISSED");
    }
    assertThat(report("reporter-c4", seller, "https://shop.example/item/" + seller, "FALSE_INFORMATION", null)
        .text("caseId")).as("a resolved case takes no more reports: a new one opens").isNotEqualTo(caseId.toString());
  }

  @Test
  void suspensionSanctionSuspendsTheAccountAndWaitsForAReactivationAppeal() {
    String seller = Cases.unique("seller");
    UUID id = report("reporter-d", seller, "https://shop.example/item/" + seller, "RESTRICTED_OR_PROHIBITED_PRODUCTS",
        "PROHIBITED_ITEM").id();
    UUID caseId = answer(id, seller);
    decide(caseId, () -> decisions.uphold(caseId, "reviewer1", Sanction.ACCOUNT_SUSPENSION, "Sells prohibited items."));
    assertThat(accounts.standing(seller).status()).isEqualTo(Standing.Status.SUSPENDED);
    assertThat(accounts.of(seller)).singleElement().satisfies(r -> assertThat(r.status().name())
        .isEqualTo("AWAITING_APPEAL"));
    assertThat(integrationEvents.data(caseId, "sanction.applied").path("sanction").asText())
        .isEqualTo("ACCOUNT_SUSPENSION");
    assertThat(integrationEvents.aboutParty("account.suspended", seller)).singleElement()
        .satisfies(e -> assertThat(e.path("membershipCancelled").asBoolean()).isFalse());
  }

  @Test
  void membershipIsCancelledOnlyAfterANoticeAndASecondResponsePeriod() {
    String seller = Cases.unique("seller");
    UUID id = report("reporter-e", seller, "https://shop.example/item/" + seller, "COUNTERFEIT_PRODUCTS",
        "FAKE_BRAND").id();
    UUID caseId = answer(id, seller);
    claim(caseId);
    assertThatThrownBy(() -> decisions.uphold(caseId, "reviewer1", Sanction.MEMBERSHIP_CANCELLATION, "Repeat fakes."))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("prior notice");
    decisions.noticeCancellation(caseId, "reviewer1", "Third counterfeit case this year.");
    var noticed = api.get("/api/v1/complaints/" + id, seller);
    assertThat(noticed.text("status")).isEqualTo("WAITING_FOR_RESPONSE");
    assertThat(noticed.body().get("cancellationNotice").asBoolean()).isTrue();
    time.travelTo(Instant.parse(noticed.text("responseDueAt")));
    assertThat(api.get("/api/v1/complaints/" + id, seller).body().get("noResponse").asBoolean()).isTrue();
    decide(caseId, () -> decisions.uphold(caseId, "reviewer1", Sanction.MEMBERSHIP_CANCELLATION,
        "No answer to the notice."));
    assertThat(accounts.standing(seller).status()).isEqualTo(Standing.Status.CANCELLED);
    assertThat(integrationEvents.types(caseId)).containsSubsequence("sanction.applied", "complaint.resolved",
        "sanction.applied");
    assertThat(integrationEvents.aboutParty("account.suspended", seller)).singleElement()
        .satisfies(e -> assertThat(e.path("membershipCancelled").asBoolean()).isTrue());
  }

  private UUID answer(UUID complaintId, String seller) {
    var answered = api.post("/api/v1/complaints/" + complaintId + "/response", seller,
        Map.of("message", "We disagree with this report."));
    assertThat(answered.status()).isEqualTo(200);
    return UUID.fromString(answered.text("caseId"));
  }

  private void decide(UUID caseId, Runnable decision) {
    claim(caseId);
    decision.run();
    assertThat(worklist.openTasksOf(caseId)).isEmpty();
  }

  private void claim(UUID caseId) {
    WorkItem task = task(caseId);
    if (task.assignee() == null) {
      desk.claim(task.taskId(), "reviewer1");
    }
  }

  private WorkItem task(UUID caseId) {
    return worklist.openTasksOf(caseId).stream().findFirst().orElseThrow();
  }

  private com.disputedesk.support.ApiClient.Answer report(String reporter, String seller, String url, String type,
      String subReason) {
    var body = new java.util.HashMap<String, Object>(Map.of("type", type, "productUrl", url, "accusedSellerId", seller,
        "description", "Reported from the listing page."));
    if (subReason != null) {
      body.put("subReason", subReason);
    }
    var answer = api.post("/api/v1/complaints", reporter, body);
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
    return answer;
  }
}
