package com.disputedesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.dispute.EvidenceFiles;
import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every refusal of the complaint endpoints says why, in problem+json, and stores nothing. */
class ComplaintApiTest extends IntegrationTest {
  @Autowired JdbcClient jdbc;

  @Test
  void badReportsAreRefusedFieldByField() {
    String seller = Cases.unique("seller");
    long before = count();
    assertField(body("COUNTERFEIT", null, "https://shop.example/x", seller), "type");
    assertField(body("SEARCH_EXPOSURE_CHEATING", null, "https://shop.example/x", seller), "subReason");
    assertField(body("SEARCH_EXPOSURE_CHEATING", "FAKE_BRAND", "https://shop.example/x", seller), "subReason");
    assertField(body("FALSE_INFORMATION", null, "javascript:alert(1)", seller), "productUrl");
    assertField(body("FALSE_INFORMATION", null, "not a url", seller), "productUrl");
    assertField(body("FALSE_INFORMATION", null, "https://shop.example/x", "reporter-z"), "accusedSellerId");
    assertField(body("FALSE_INFORMATION", null, "https://shop.example/x", "<script>"), "accusedSellerId");
    var russian = body("FALSE_INFORMATION", null, "https://shop.example/x", seller);
    russian.put("description", "Подделка");
    assertField(russian, "description");
    assertThat(count()).as("nothing stored").isEqualTo(before);
  }

  @Test
  void onlyTheAccusedAnswersOnceAndBeforeTheDeadline() {
    String seller = Cases.unique("seller");
    var filed = api.post("/api/v1/complaints", "reporter-z", body("COUNTERFEIT_PRODUCTS", null,
        "https://shop.example/item/" + seller, seller));
    String path = "/api/v1/complaints/" + filed.id() + "/response";
    var byReporter = api.post(path, "reporter-z", Map.of("message", "I answer myself"));
    assertThat(byReporter.status()).isEqualTo(409);
    assertThat(byReporter.text("detail")).isEqualTo("Only the accused seller answers a complaint.");
    assertThat(api.post(path, "stranger", Map.of("message", "Hello")).status()).isEqualTo(404);
    assertThat(api.post(path, seller, Map.of("message", "")).status()).isEqualTo(422);
    assertThat(api.post(path, seller, Map.of("message", "Genuine goods.")).status()).isEqualTo(200);
    var twice = api.post(path, seller, Map.of("message", "Again"));
    assertThat(twice.status()).isEqualTo(409);
    assertThat(api.get("/api/v1/complaints?against=you", seller).status()).isEqualTo(422);
  }

  @Test
  void aReportMayCarryAFileButNeverAnExecutable() {
    String seller = Cases.unique("seller");
    var ok = api.uploadForm("/api/v1/complaints", "reporter-y", Map.of("type", "COUNTERFEIT_PRODUCTS",
        "productUrl", "https://shop.example/item/" + seller, "accusedSellerId", seller), "photo.png", "image/png",
        EvidenceFiles.png());
    assertThat(ok.status()).isEqualTo(201);
    var exe = api.uploadForm("/api/v1/complaints", "reporter-y", Map.of("type", "COUNTERFEIT_PRODUCTS",
        "productUrl", "https://shop.example/other/" + seller, "accusedSellerId", seller), "photo.png", "image/png",
        EvidenceFiles.exe());
    assertThat(exe.status()).isEqualTo(415);
  }

  private void assertField(Map<String, Object> body, String field) {
    var answer = api.post("/api/v1/complaints", "reporter-z", body);
    assertThat(answer.status()).as(body.toString()).isEqualTo(422);
    assertThat(answer.headers().getContentType().toString()).startsWith("application/problem+json");
    assertThat(answer.body().at("/errors/0/field").asText()).isEqualTo(field);
  }

  private static Map<String, Object> body(String type, String subReason, String url, String seller) {
    var body = new HashMap<String, Object>();
    body.put("type", type);
    body.put("subReason", subReason);
    body.put("productUrl", url);
    body.put("accusedSellerId", seller);
    return body;
  }

  private long count() {
    return jdbc.sql("select count(*) from complaint").query(Long.class).single();
  }
}
