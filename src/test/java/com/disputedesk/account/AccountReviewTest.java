package com.disputedesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.dispute.EvidenceFiles;
import com.disputedesk.mediation.FraudFlags;
import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.Mails;
import com.disputedesk.worklist.WorkItem;
import com.disputedesk.worklist.Worklist;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** DOMAIN.md §4: a fraud flag opens a review and blocks nothing; a suspended party appeals and is decided with reasons. */
class AccountReviewTest extends IntegrationTest {
  @Autowired FraudFlags flags;
  @Autowired AccountReviews reviews;
  @Autowired AccountDesk desk;
  @Autowired AccountDecisions decisions;
  @Autowired Worklist worklist;
  @Autowired com.disputedesk.timeline.CaseTimeline timeline;
  @org.springframework.beans.factory.annotation.Value("${local.server.port}") int port;

  @Test
  void aFraudFlagOpensAReviewThatClearsWithoutEverBlocking() {
    var d = cases.escalated();
    cases.claimed(d, "mediator1");
    AccountReview review = flags.flag(d.id(), "mediator1", d.buyer(), "Same photo used in three other disputes.");
    assertThat(review.status()).isEqualTo(AccountReview.Status.UNDER_REVIEW);
    assertThat(reviews.standing(d.buyer()).status()).as("a flag never blocks").isEqualTo(Standing.Status.ACTIVE);
    assertThat(api.get(d.path(), d.buyer()).body().get("timeline").findValuesAsText("type"))
        .as("parties do not see the flag").doesNotContain("FRAUD_FLAGGED");
    assertThat(task(review.id()).slaPolicy()).isEqualTo("account-review");

    claim(review.id());
    decisions.decideFraudFlag(review.id(), "reviewer1", false, "The photos were the buyer's own, from one order.");
    assertThat(reviews.find(review.id()).orElseThrow().status()).isEqualTo(AccountReview.Status.CLEARED);
    assertThat(reviews.standing(d.buyer()).status()).isEqualTo(Standing.Status.ACTIVE);
  }

  @Test
  void anOverdueReviewRisesInTheQueueAndTellsQualityReviewersButDecidesNothing() {
    time.freeze();
    var d = cases.escalated();
    cases.claimed(d, "mediator1");
    AccountReview review = flags.flag(d.id(), "mediator1", d.seller(), "The same tracking number in five disputes.");
    java.time.Instant due = review.reviewDueAt();
    assertThat(due).as("10 working days span two weekends at least").isAfterOrEqualTo(time.now().plus(Duration.ofDays(14)));
    assertThat(task(review.id()).slaDueAt()).isEqualTo(due);

    time.travelTo(due.minusSeconds(60));
    assertThat(reviews.find(review.id()).orElseThrow().priority()).isZero();
    time.travelTo(due);
    AccountReview overdue = reviews.find(review.id()).orElseThrow();
    assertThat(overdue.priority()).isEqualTo(1);
    assertThat(overdue.status()).as("nothing decided by itself").isEqualTo(AccountReview.Status.UNDER_REVIEW);
    assertThat(task(review.id()).priority()).isEqualTo(1);
    assertThat(timeline.of(review.id())).extracting(com.disputedesk.timeline.TimelineEntry::type)
        .contains("SLA_BREACHED");
    await().atMost(Duration.ofSeconds(60))
        .until(() -> Mails.any(MAIL, "Account review overdue", "commissioner2", review.id().toString()));
  }

  @Test
  void aSuspendedBuyerAppealsForReactivationAndStillAppealsTheirDispute() {
    var d = cases.decided("mediator2");
    AccountReview review = flags.flag(d.id(), "mediator2", d.buyer(), "Claims an empty parcel for the fourth time.");
    claim(review.id());
    decisions.decideFraudFlag(review.id(), "reviewer1", true, "Four empty-parcel claims in two months.");
    assertThat(reviews.standing(d.buyer()).status()).isEqualTo(Standing.Status.SUSPENDED);
    await().atMost(Duration.ofSeconds(60)).until(() -> Mails.any(MAIL, "Your account was suspended", d.buyer(),
        "reactivation appeal"));

    var appealed = api.post(d.path() + "/appeal", d.buyer(), Map.of("description",
        "The opening report proves this parcel was empty too."));
    assertThat(appealed.status()).as("a suspended buyer can still appeal").isEqualTo(201);

    var refused = reactivation(d.buyer(), d.seller(), "Please reinstate me.");
    assertThat(refused.getStatusCode().value()).as("someone else's account").isEqualTo(404);
    var filed = reactivation(d.buyer(), d.buyer(), "Each parcel was opened at the post office; reports attached.");
    assertThat(filed.getStatusCode().value()).isEqualTo(201);
    assertThat(reviews.find(review.id()).orElseThrow().status()).isEqualTo(AccountReview.Status.APPEAL_PENDING);
    assertThat(task(review.id()).taskKey()).isEqualTo("Task_ReviewReactivation");
    assertThat(reactivation(d.buyer(), d.buyer(), "Again").getStatusCode().value()).isEqualTo(409);

    claim(review.id());
    decisions.decideReactivation(review.id(), "reviewer1", true, "The postal opening reports are genuine.");
    assertThat(reviews.standing(d.buyer()).status()).isEqualTo(Standing.Status.ACTIVE);
    var standing = api.get("/api/v1/accounts/" + d.buyer(), d.buyer()).body();
    assertThat(standing.at("/reviews/0/status").asText()).isEqualTo("REINSTATED");
    assertThat(standing.at("/reviews/0/reasons").asText()).contains("genuine");
    await().atMost(Duration.ofSeconds(60)).until(() -> Mails.any(MAIL, "Your account is active again", d.buyer(),
        "genuine"));
    assertThat(integrationEvents.types(review.id())).containsExactly("account.suspended", "account.reinstated");
    assertThat(integrationEvents.data(review.id(), "account.suspended").path("reason").asText())
        .isEqualTo("Four empty-parcel claims in two months.");
    assertThat(integrationEvents.data(review.id(), "account.reinstated").path("partyId").asText())
        .isEqualTo(d.buyer());
  }

  /** A complaint suspends the party while a fraud flag is under review; clearing the flag leaves the appeal open. */
  @Test
  void clearingAFlagAfterAComplaintSuspendedThePartyLeavesThemAReactivationAppeal() {
    var d = cases.escalated();
    cases.claimed(d, "mediator1");
    AccountReview review = flags.flag(d.id(), "mediator1", d.seller(), "Tracking numbers reused across orders.");
    reviews.suspend(d.seller(), UUID.randomUUID(), "reviewer1", "Counterfeit listings upheld.");
    assertThat(reviews.find(review.id()).orElseThrow().id()).as("the suspension joined the open review")
        .isEqualTo(review.id());

    claim(review.id());
    decisions.decideFraudFlag(review.id(), "reviewer1", false, "The tracking numbers belong to a carrier's batch.");
    assertThat(reviews.standing(d.seller()).status()).as("the complaint's suspension stands")
        .isEqualTo(Standing.Status.SUSPENDED);
    assertThat(reviews.find(review.id()).orElseThrow().status()).isEqualTo(AccountReview.Status.AWAITING_APPEAL);

    var filed = reactivation(d.seller(), d.seller(), "The listings were genuine; the brand's letter is attached.");
    assertThat(filed.getStatusCode().value()).isEqualTo(201);
    assertThat(task(review.id()).taskKey()).isEqualTo("Task_ReviewReactivation");
  }

  @Test
  void aReactivationAppealCanBeRefusedWithReasons() {
    var d = cases.decided("mediator1");
    AccountReview review = flags.flag(d.id(), "mediator1", d.seller(), "Invoice edited after the dispute opened.");
    claim(review.id());
    decisions.decideFraudFlag(review.id(), "reviewer1", true, "The invoice was created after the dispute.");
    reactivation(d.seller(), d.seller(), "The invoice is real.");
    claim(review.id());
    decisions.decideReactivation(review.id(), "reviewer1", false, "No new evidence beyond the edited invoice.");
    assertThat(reviews.standing(d.seller()).status()).isEqualTo(Standing.Status.SUSPENDED);
    assertThat(reviews.find(review.id()).orElseThrow().status()).isEqualTo(AccountReview.Status.SUSPENSION_UPHELD);
    var again = reactivation(d.seller(), d.seller(), "Please look again.");
    assertThat(again.getStatusCode().value()).isEqualTo(409);
    assertThat(again.getBody()).as("says what happened, not that an appeal is pending").contains("upheld");
    assertThat(reactivation("buyer-never-suspended-" + UUID.randomUUID().toString().substring(0, 8), null,
        "Reinstate me").getStatusCode().value()).isEqualTo(409);
  }

  private org.springframework.http.ResponseEntity<String> reactivation(String account, String caller, String message) {
    var parts = new LinkedMultiValueMap<String, Object>();
    HttpHeaders fileHeaders = new HttpHeaders();
    fileHeaders.setContentType(MediaType.APPLICATION_PDF);
    fileHeaders.setContentDispositionFormData("file", "opening-report.pdf");
    parts.add("file", new HttpEntity<>(new ByteArrayResource(EvidenceFiles.pdf()) {
      @Override
      public String getFilename() {
        return "opening-report.pdf";
      }
    }, fileHeaders));
    parts.add("message", message);
    return RestClient.create("http://localhost:" + port).post().uri("/api/v1/accounts/" + account
            + "/reactivation-appeal")
        .header("X-Party-Id", caller == null ? account : caller).headers(h -> h.setBasicAuth("marketplace", "marketplace"))
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
        .exchange((req, res) -> org.springframework.http.ResponseEntity.status(res.getStatusCode())
            .body(new String(res.getBody().readAllBytes())));
  }

  private void claim(UUID reviewId) {
    desk.claim(task(reviewId).taskId(), "reviewer1");
  }

  private WorkItem task(UUID reviewId) {
    return worklist.openTasksOf(reviewId).stream().findFirst().orElseThrow();
  }
}
