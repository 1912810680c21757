package com.disputedesk.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who may appeal what, and the sentence every refusal carries (API.md); a refusal changes nothing. */
class AppealApiTest extends IntegrationTest {
  @Autowired Appeals appeals;

  @Test
  void onlyTheBuyerOfADecidedDisputeAppealsOnceInEnglishWithinAThousandCharacters() {
    var d = cases.decided("mediator2");
    var seller = api.post(d.path() + "/appeal", d.seller(), Map.of("description", "I want more"));
    assertThat(seller.status()).isEqualTo(409);
    assertThat(seller.text("detail")).isEqualTo("Only the buyer can appeal a mediation decision.");

    var tooLong = api.post(d.path() + "/appeal", d.buyer(), Map.of("description", "a".repeat(1001)));
    assertThat(tooLong.status()).isEqualTo(422);
    assertThat(tooLong.body().at("/errors/0/field").asText()).isEqualTo("description");
    assertThat(api.post(d.path() + "/appeal", d.buyer(), Map.of("description", "Посылка была пустой")).status())
        .as("untranslated text").isEqualTo(422);
    assertThat(api.post(d.path() + "/appeal", d.buyer(), Map.of("description", "  ")).status()).isEqualTo(422);
    assertThat(api.post(d.path() + "/appeal", "stranger-1", Map.of("description", "Hello")).status())
        .isEqualTo(404);
    assertThat(appeals.ofDispute(d.id())).as("nothing stored by a refusal").isEmpty();

    var exactly = api.post(d.path() + "/appeal", d.buyer(), Map.of("description", "b".repeat(1000)));
    assertThat(exactly.status()).isEqualTo(201);
    var again = api.post(d.path() + "/appeal", d.buyer(), Map.of("description", "Once more"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.text("detail")).contains("appealed once");
  }

  @Test
  void undecidedOrAgreedDisputesCannotBeAppealed() {
    var negotiating = cases.open();
    var refused = api.post(negotiating.path() + "/appeal", negotiating.buyer(), Map.of("description", "Unfair"));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.text("detail")).contains("Only a dispute decided in mediation can be appealed");

    var agreed = cases.open();
    api.post(agreed.path() + "/seller-response", agreed.seller(), Map.of("action", "ACCEPT"));
    assertThat(api.post(agreed.path() + "/appeal", agreed.buyer(), Map.of("description", "Unfair")).status())
        .isEqualTo(409);
  }

  @Test
  void attachmentsMustBeTheBuyersOwnEvidenceOfThisDispute() {
    var d = cases.decided("mediator2");
    var other = cases.decided("mediator2");
    var photo = api.upload(d.path() + "/evidence", d.buyer(), "report.pdf", "application/pdf",
        com.disputedesk.dispute.EvidenceFiles.pdf(), "DOCUMENT");
    var foreign = api.upload(other.path() + "/evidence", other.buyer(), "report.pdf", "application/pdf",
        com.disputedesk.dispute.EvidenceFiles.pdf(), "DOCUMENT");
    var refused = api.post(d.path() + "/appeal", d.buyer(), Map.of("description", "See the opening report",
        "evidenceIds", List.of(foreign.id())));
    assertThat(refused.status()).isEqualTo(422);
    var filed = api.post(d.path() + "/appeal", d.buyer(), Map.of("description", "See the opening report",
        "evidenceIds", List.of(photo.body().get("evidenceId").asText())));
    assertThat(filed.status()).isEqualTo(201);
    assertThat(filed.body().get("evidenceIds")).hasSize(1);
  }

  @Test
  void feedbackNeedsAnUpheldAppealAndARatingFromOneToFive() {
    var d = cases.appealed("mediator2");
    var early = api.post(d.path() + "/feedback", d.buyer(), Map.of("rating", 1, "text", "Too slow"));
    assertThat(early.status()).isEqualTo(409);
    assertThat(api.post(d.path() + "/feedback", d.buyer(), Map.of("rating", 6, "text", "Great")).status())
        .isEqualTo(422);
    assertThat(api.post(d.path() + "/feedback", d.buyer(), Map.of("rating", "five", "text", "Great")).status())
        .isEqualTo(400);
  }
}
