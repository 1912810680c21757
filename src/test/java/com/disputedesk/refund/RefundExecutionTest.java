package com.disputedesk.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/** The payments system collects refund instructions and reports each one executed or failed. */
class RefundExecutionTest extends IntegrationTest {
  @Autowired RefundInstructions instructions;
  @Autowired RefundExecution execution;

  @Test
  void aPaidRefundIsReportedOnceShownToThePartiesAndEndsTheBuyersRightToCancel() {
    var d = agreed("700.00");
    UUID id = instructions.forDispute(d.id()).get(0).id();
    var pending = payments(HttpMethod.GET, "/api/v1/refund-instructions?status=PENDING&limit=500", null);
    assertThat(pending.status()).isEqualTo(200);
    assertThat(pending.body().path("instructions").findValuesAsText("id")).contains(id.toString());

    var paid = payments(HttpMethod.POST, "/api/v1/refund-instructions/" + id + "/executed",
        Map.of("paymentReference", "PAY-77801"));
    assertThat(paid.status()).isEqualTo(200);
    assertThat(paid.text("status")).isEqualTo("EXECUTED");
    assertThat(payments(HttpMethod.POST, "/api/v1/refund-instructions/" + id + "/executed",
        Map.of("paymentReference", "PAY-77801")).status()).as("the same report again").isEqualTo(200);
    assertThat(payments(HttpMethod.POST, "/api/v1/refund-instructions/" + id + "/executed",
        Map.of("paymentReference", "PAY-99999")).status()).as("a contradicting report").isEqualTo(409);
    assertThat(payments(HttpMethod.POST, "/api/v1/refund-instructions/" + id + "/failed",
        Map.of("reason", "Card expired")).status()).isEqualTo(409);
    assertThat(payments(HttpMethod.GET, "/api/v1/refund-instructions?status=PENDING&limit=500", null).body()
        .path("instructions").findValuesAsText("id")).doesNotContain(id.toString());

    var view = api.get(d.path(), d.buyer()).body();
    assertThat(view.at("/refunds/0/status").asText()).isEqualTo("EXECUTED");
    assertThat(view.at("/refunds/0/paymentReference").asText()).isEqualTo("PAY-77801");
    assertThat(view.path("timeline").findValuesAsText("type")).contains("REFUND_EXECUTED");
    assertThat(execution.anyPaid(d.id())).isTrue();
    var cancel = api.post(d.path() + "/cancel", d.buyer(), Map.of());
    assertThat(cancel.status()).isEqualTo(409);
    assertThat(cancel.text("detail")).contains("A refund was already paid");
    assertThat(integrationEvents.data(d.id(), "refund.executed").path("paymentReference").asText())
        .isEqualTo("PAY-77801");
    assertThat(integrationEvents.types(d.id()).stream().filter(t -> t.startsWith("refund."))).as("reported once")
        .containsExactly("refund.instructed", "refund.executed");
  }

  @Test
  void aFailedRefundTellsTheMediatorWhyAndCannotBePaidAfterwards() {
    var d = agreed("250.00");
    UUID id = instructions.forDispute(d.id()).get(0).id();
    var failed = api.as("marketplace", HttpMethod.POST, "/api/v1/refund-instructions/" + id + "/failed", null,
        Map.of("reason", "The buyer's card was closed."));
    assertThat(failed.status()).isEqualTo(200);
    assertThat(failed.text("failureReason")).isEqualTo("The buyer's card was closed.");
    assertThat(api.get(d.path(), d.buyer()).body().path("timeline").findValuesAsText("summary"))
        .anySatisfy(s -> assertThat(s).contains("failed: The buyer's card was closed."));
    assertThat(payments(HttpMethod.POST, "/api/v1/refund-instructions/" + id + "/executed",
        Map.of("paymentReference", "PAY-1")).status()).isEqualTo(409);
    assertThat(execution.anyPaid(d.id())).isFalse();
    assertThat(integrationEvents.data(d.id(), "refund.failed").path("reason").asText())
        .isEqualTo("The buyer's card was closed.");
  }

  @Test
  void unknownInstructionsEmptyReportsAndOtherRolesAreRefused() {
    String unknown = "/api/v1/refund-instructions/" + UUID.randomUUID() + "/executed";
    assertThat(payments(HttpMethod.POST, unknown, Map.of("paymentReference", "PAY-1")).status()).isEqualTo(404);
    var d = agreed("10.00");
    UUID id = instructions.forDispute(d.id()).get(0).id();
    assertThat(payments(HttpMethod.POST, "/api/v1/refund-instructions/" + id + "/executed",
        Map.of("paymentReference", " ")).status()).isEqualTo(422);
    assertThat(api.as("mediator1", HttpMethod.GET, "/api/v1/refund-instructions", null, null).status())
        .isEqualTo(403);
  }

  private com.disputedesk.support.Cases.Dispute agreed(String amount) {
    var d = cases.open();
    api.post(d.path() + "/seller-response", d.seller(), Map.of("action", "PROPOSE",
        "proposal", Map.of("type", "PARTIAL_REFUND", "amount", amount), "message", "A part back."));
    api.post(d.path() + "/buyer-response", d.buyer(), Map.of("action", "ACCEPT_PROPOSAL"));
    await().atMost(Duration.ofSeconds(60)).until(() -> instructions.forDispute(d.id()).size() == 1);
    return d;
  }

  private com.disputedesk.support.ApiClient.Answer payments(HttpMethod method, String path, Object body) {
    return api.as("payments", method, path, null, body);
  }
}
