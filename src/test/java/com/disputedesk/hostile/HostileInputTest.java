package com.disputedesk.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 10 000 generated hostile requests across every API endpoint: wrong types, huge and truncated bodies, unicode
 * tricks, SQL and HTML injection, path traversal, forged or broken {@code X-Party-Id}, wrong content types. Every
 * answer is below 500, every refusal is problem+json, and nothing is stored. Rerun one with
 * {@code -Dhostile.seed=<seed>}; {@code -Dhostile.requests=N} changes the count.
 */
class HostileInputTest extends IntegrationTest {
  private static final List<String> TABLES = List.of("dispute", "dispute_offer", "evidence", "appeal",
      "appeal_feedback", "coupon", "coupon_split", "complaint", "complaint_case", "complaint_response",
      "account_review", "evidence_request");
  @Value("${local.server.port}") int port;
  @Autowired JdbcClient jdbc;

  @Test
  void tenThousandHostileRequestsGetProblemAnswersAndStoreNothing() throws Exception {
    long seed = Long.getLong("hostile.seed", System.nanoTime());
    int requests = Integer.getInteger("hostile.requests", 10_000);
    System.out.println("HostileInputTest seed " + seed);
    var d = cases.decided("mediator1");
    Probes probes = new Probes(new Random(seed), d.id().toString(), d.buyer(), d.seller());
    Map<String, Long> before = counts();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < requests && failures.size() < 20; i++) {
      Probes.Probe p = probes.next();
      HttpResponse<String> answer = http.send(request(p), HttpResponse.BodyHandlers.ofString());
      String type = answer.headers().firstValue("Content-Type").orElse("");
      boolean refused = answer.statusCode() >= 400;
      if (answer.statusCode() >= 500 || refused && !type.startsWith("application/problem+json")
          || !refused && !p.method().equals("GET")) {
        failures.add(answer.statusCode() + " " + type + " for " + p.describe() + " -> "
            + answer.body().substring(0, Math.min(300, answer.body().length())));
      }
    }
    assertThat(failures).as("seed " + seed).isEmpty();
    assertThat(counts()).as("nothing stored (seed " + seed + ")").isEqualTo(before);
  }

  private HttpRequest request(Probes.Probe p) {
    var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + p.path()))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (p.user() + ":" + p.user()).getBytes(StandardCharsets.UTF_8)));
    if (p.party() != null) {
      // headers travel as bytes: send unicode tricks as their raw UTF-8, as a hostile client would
      builder.header("X-Party-Id", new String(p.party().getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }
    if (p.contentType() != null) {
      builder.header("Content-Type", p.contentType());
    }
    var body = p.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(p.body());
    return builder.method(p.method(), body).build();
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    TABLES.forEach(t -> counts.put(t, jdbc.sql("select count(*) from " + t).query(Long.class).single()));
    return counts;
  }

  static String unique() {
    return Cases.unique("h");
  }
}
