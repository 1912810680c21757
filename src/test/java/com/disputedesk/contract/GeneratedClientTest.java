package com.disputedesk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.contract.client.ApiClient;
import com.disputedesk.contract.client.ApiException;
import com.disputedesk.contract.client.api.MarketplaceApi;
import com.disputedesk.contract.client.model.DisputeView;
import com.disputedesk.contract.client.model.EvidenceReceipt;
import com.disputedesk.contract.client.model.Money;
import com.disputedesk.contract.client.model.OpenDisputeRequest;
import com.disputedesk.contract.client.model.OrderSnapshot;
import com.disputedesk.contract.client.model.Outcome;
import com.disputedesk.contract.client.model.SellerResponseRequest;
import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The marketplace's side, through a Java client generated from docs/openapi.json at build time (not hand-written
 * HTTP): open a dispute, the seller rejects, the buyer escalates and uploads evidence. If the contract and the server
 * drift apart, this does not compile or does not pass.
 */
class GeneratedClientTest extends IntegrationTest {
  @Value("${local.server.port}") int port;

  @Test
  void aGeneratedClientDrivesADisputeToEscalationAndUploadsEvidence() throws Exception {
    MarketplaceApi marketplace = new MarketplaceApi(client());
    String buyer = Cases.unique("gen-buyer");
    String seller = Cases.unique("gen-seller");
    OpenDisputeRequest request = new OpenDisputeRequest()
        .order(new OrderSnapshot().orderId(Cases.unique("ORD")).sellerId(seller).storeName("Eternal Team")
            .itemTitle("Meizu M5 Note").totalPaid(new Money().amount("12168.71").currency("RUB"))
            .couponPaid(new Money().amount("0.00").currency("RUB")).trackingNumber("RB293148069SG")
            .protectionEndsAt(time.now().plus(Duration.ofDays(20)).atOffset(java.time.ZoneOffset.UTC)))
        .reason(OpenDisputeRequest.ReasonEnum.NOT_RECEIVED).goodsReceived(false)
        .requestedOutcome(new Outcome().type(Outcome.TypeEnum.FULL_REFUND))
        .description("The parcel never arrived although tracking says delivered.");
    DisputeView opened = marketplace.openDispute(buyer, request, UUID.randomUUID().toString());
    assertThat(opened.getStatus()).isEqualTo(DisputeView.StatusEnum.NEGOTIATION);

    marketplace.respondAsSeller(seller, opened.getId(), new SellerResponseRequest()
        .action(SellerResponseRequest.ActionEnum.REJECT).message("The parcel was delivered."), null);
    DisputeView escalated = marketplace.escalateDispute(buyer, opened.getId(), UUID.randomUUID().toString());
    assertThat(escalated.getStatus()).isEqualTo(DisputeView.StatusEnum.ESCALATED);

    File photo = Files.createTempFile("parcel", ".png").toFile();
    Files.write(photo.toPath(), com.disputedesk.dispute.EvidenceFiles.png());
    EvidenceReceipt receipt = marketplace.addDisputeEvidence(buyer, opened.getId(), photo, "PHOTO", null,
        "The empty box.");
    assertThat(receipt.getSha256()).hasSize(64);
    assertThat(receipt.getContentType()).isEqualTo("image/png");

    assertThat(marketplace.getDispute(buyer, opened.getId()).getEvidence()).hasSize(1);
    var notFound = org.assertj.core.api.Assertions.catchThrowableOfType(ApiException.class,
        () -> marketplace.getDispute(seller + "-stranger", opened.getId()));
    assertThat(notFound.getCode()).isEqualTo(404);
    assertThat(notFound.getResponseBody()).contains("\"status\":404");
  }

  private ApiClient client() {
    ApiClient client = new ApiClient();
    client.updateBaseUri("http://localhost:" + port);
    String basic = "Basic " + Base64.getEncoder().encodeToString("marketplace:marketplace".getBytes());
    client.setRequestInterceptor(builder -> builder.header("Authorization", basic));
    return client;
  }
}
