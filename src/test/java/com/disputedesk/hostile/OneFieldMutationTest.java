package com.disputedesk.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * Aims at the code behind validation: each request is a valid opening with exactly one field mutated (type,
 * range, encoding, length, control characters, exponents, far dates, invisible text), plus raw-body tricks
 * (duplicate keys, trailing data). Every answer is below 500, a problem when refused, within two seconds; a refused
 * opening stores nothing, an accepted one stores exactly what was sent.
 */
class OneFieldMutationTest extends IntegrationTest {
  private static final List<String> TEXT_FIELDS = List.of("order.storeName", "order.itemTitle", "description");
  private static final List<String> AMOUNTS = List.of("order.totalPaid.amount", "order.couponPaid.amount");
  private static final List<String> INSTANTS = List.of("order.protectionEndsAt", "order.receiptConfirmedAt");
  private static final List<Object> TEXT_MUTATIONS = List.of("a\u0000b", "\u0000", "Parcel\u0007 lost",
      "Parcel\u0085 lost", "\u202Egnp.exe lost", "\u2066isolate\u2069", "\u200B\u200B\u200B", "\u200B\u2060\uFEFF",
      "x".repeat(100_000), 12, true, List.of("a"), "e\u0301clair was missing");
  private static final List<Object> AMOUNT_MUTATIONS = List.of("1e999999999", "1E+5", "1e-999999999", "NaN",
      "Infinity", "99999999999999999999.99", "123456789012345678.00", "12.345", "0x10", " 10.00", "10.00 ", "+10.00",
      "١٢.٠٠", 10.5, 1e300, "1_000.00", "");
  private static final List<Object> INSTANT_MUTATIONS = List.of("+20000-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
      "-0001-01-01T00:00:00Z", "1900-01-01T00:00:00Z", "2026-12-01T10:00:00+25:00", 1e20, "2999-01-01T00:00:00Z");
  private static final List<Object> CURRENCY_MUTATIONS = List.of("XYZ", "rub", "RU", "RUBB", "\u0000UB", "");

  @Value("${local.server.port}") int port;
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private int sequence;

  @Test
  void everyOpeningWithOnePoisonedFieldIsAnsweredQuicklyAndNeverStoresWhatItDidNotValidate() throws Exception {
    List<String> failures = new ArrayList<>();
    for (String field : TEXT_FIELDS) {
      for (Object mutation : TEXT_MUTATIONS) {
        mutate(field, mutation, failures);
      }
    }
    for (String field : AMOUNTS) {
      for (Object mutation : AMOUNT_MUTATIONS) {
        mutate(field, mutation, failures);
      }
    }
    for (String field : INSTANTS) {
      for (Object mutation : INSTANT_MUTATIONS) {
        mutate(field, mutation, failures);
      }
    }
    for (Object mutation : CURRENCY_MUTATIONS) {
      mutate("order.totalPaid.currency", mutation, failures);
    }
    mutate("order.receiptConfirmedAt", "2090-01-01T00:00:00Z", failures);
    assertThat(failures).isEmpty();
  }

  @Test
  void duplicateKeysAndTrailingDataAreRefused() throws Exception {
    List<String> failures = new ArrayList<>();
    String valid = json.writeValueAsString(opening("dup"));
    String duplicated = valid.replaceFirst("\\{", "{\"description\":\"First one.\",");
    expectRefused("duplicate key", duplicated, "dup", failures);
    String orderId = "trail-" + System.nanoTime();
    expectRefused("trailing document", json.writeValueAsString(opening(orderId)) + " {}", orderId, failures);
    String other = "junk-" + System.nanoTime();
    expectRefused("trailing junk", json.writeValueAsString(opening(other)) + "garbage", other, failures);
    assertThat(failures).isEmpty();
  }

  private void mutate(String field, Object value, List<String> failures) throws Exception {
    String orderId = "MUT-" + System.nanoTime() + "-" + sequence++;
    ObjectNode body = opening(orderId);
    set(body, field, value);
    var answer = send(json.writeValueAsString(body));
    String what = field + "=" + describe(value) + " -> " + answer.status + " " + abbreviate(answer.body);
    if (answer.status >= 500 || answer.millis > 2000) {
      failures.add(what + " (" + answer.millis + " ms)");
      return;
    }
    if (answer.status >= 400) {
      if (!answer.contentType.startsWith("application/problem+json") || answer.body.contains("java.")
          || answer.body.contains("com.fasterxml")) {
        failures.add("not a plain problem answer: " + what);
      }
      if (stored(orderId)) {
        failures.add("refused but stored: " + what);
      }
      return;
    }
    JsonNode stored = json.readTree(answer.body).at("/" + field.replace('.', '/'));
    if (!sameValue(value, stored)) {
      failures.add("stored " + stored + " for " + what);
    }
  }

  private void expectRefused(String what, String body, String orderId, List<String> failures) throws Exception {
    var answer = send(body);
    if (answer.status < 400 || answer.status >= 500) {
      failures.add(what + " -> " + answer.status + " " + abbreviate(answer.body));
    }
    if (!orderId.equals("dup") && stored(orderId)) {
      failures.add(what + " stored");
    }
  }

  private static boolean sameValue(Object sent, JsonNode stored) {
    if (sent instanceof String text && stored.isTextual()) {
      try {
        return new BigDecimal(text.strip()).compareTo(new BigDecimal(stored.asText())) == 0
            && text.equals(text.strip());
      } catch (NumberFormatException notANumber) {
        // text is kept in Unicode NFC (one form of "é"), so that is what was sent, as far as meaning goes
        if (java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).equals(stored.asText())) {
          return true;
        }
        try {
          return java.time.OffsetDateTime.parse(text).toInstant().equals(java.time.Instant.parse(stored.asText()));
        } catch (java.time.format.DateTimeParseException notAnInstant) {
          return false;
        }
      }
    }
    return false; // a non-string accepted where the API takes strings
  }

  private boolean stored(String orderId) throws Exception {
    var answer = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/disputes?orderId=" + orderId))
        .header("Authorization", auth()).header("X-Party-Id", "buyer-mut").GET().build(),
        HttpResponse.BodyHandlers.ofString());
    return json.readTree(answer.body()).findValues("id").size() > 0;
  }

  private ObjectNode opening(String orderId) {
    ObjectNode body = json.createObjectNode();
    ObjectNode order = body.putObject("order");
    order.put("orderId", orderId).put("sellerId", "seller-mut").put("storeName", "Gadget Store")
        .put("itemTitle", "Wireless earbuds");
    order.putObject("totalPaid").put("amount", "100.00").put("currency", "RUB");
    order.putObject("couponPaid").put("amount", "0.00").put("currency", "RUB");
    order.put("trackingNumber", "RB1SG").put("protectionEndsAt", time.now().plus(Duration.ofDays(20)).toString());
    body.put("reason", "NOT_RECEIVED").put("goodsReceived", false);
    body.putObject("requestedOutcome").put("type", "FULL_REFUND");
    body.put("description", "The parcel never arrived although tracking says delivered.");
    return body;
  }

  private void set(ObjectNode body, String path, Object value) {
    String[] parts = path.split("\\.");
    ObjectNode target = body;
    for (int i = 0; i < parts.length - 1; i++) {
      target = (ObjectNode) target.get(parts[i]);
    }
    target.set(parts[parts.length - 1], json.valueToTree(value));
  }

  private record Answer(int status, String contentType, String body, long millis) {}

  private Answer send(String body) throws Exception {
    long start = System.nanoTime();
    try {
      var response = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/disputes"))
          .timeout(Duration.ofSeconds(10)).header("Authorization", auth()).header("X-Party-Id", "buyer-mut")
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
          HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          response.body(), (System.nanoTime() - start) / 1_000_000);
    } catch (java.net.http.HttpTimeoutException e) {
      return new Answer(599, "", "timed out", (System.nanoTime() - start) / 1_000_000);
    }
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private static String auth() {
    return "Basic " + Base64.getEncoder().encodeToString("marketplace:marketplace".getBytes(StandardCharsets.UTF_8));
  }

  private static String describe(Object value) {
    String text = String.valueOf(value);
    StringBuilder out = new StringBuilder();
    text.codePoints().limit(40).forEach(c -> out.append(c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x200b
        && c <= 0x206f) || c == 0xfeff ? String.format("\\u%04X", c) : Character.toString(c)));
    return (value instanceof String ? "\"" + out + "\"" : out.toString()) + (text.length() > 40 ? "…" : "");
  }

  private static String abbreviate(String body) {
    return body.length() > 160 ? body.substring(0, 160) + "…" : body;
  }
}
