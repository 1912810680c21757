package com.disputedesk.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Generates hostile requests. Each body starts from a valid one and gets one to three poisons; a poison in a field
 * whose every value here is invalid (ids, enums, amounts, links, dates) or a broken body keeps each request
 * refusable, so "nothing stored" is a fair assertion.
 */
final class Probes {
  record Probe(String method, String path, String user, String party, String contentType, byte[] body) {
    String describe() {
      String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
      return method + " " + path + " party=" + party + " type=" + contentType + " body="
          + text.substring(0, Math.min(200, text.length()));
    }
  }

  private record Endpoint(String method, String path, Supplier<Map<String, Object>> body, List<String> strict) {}

  /** Values no id, enum, amount, link or date field accepts. */
  static final List<Object> POISONS = List.of("", " ", "'; DROP TABLE dispute; --", "1' OR '1'='1",
      "<script>alert(1)</script>", "../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "\u202Egnp.exe", "\u0000",
      "a\u0000b", "𝕏𝕐ℤ", "Ｆｕｌｌ", "x".repeat(5000), "NaN", "Infinity", "-1", "1e309", "0.001",
      "99999999999999999999999.99", "１２.００", "12,00", 1.5, -7, Long.MAX_VALUE, true, List.of(1, 2),
      Map.of("$ne", ""), "full_refund", "2030-13-45T99:99:99Z", "javascript:alert(1)", "http://", "%00",
      "\uD800", "\t\n", "null");
  /** Values invalid for every strict field (ids, enums, amounts, links, dates, flags, lists): one always goes in last. */
  static final List<Object> STRICT = List.of("", " ", "'; DROP TABLE dispute; --", "<script>alert(1)</script>",
      "../../../etc/passwd", "\u202Egnp.exe", "a\u0000b", "x".repeat(5000), "１２.００", "javascript:alert(1)",
      List.of(1, 2), Map.of("$ne", ""));
  static final List<String> PARTIES = List.of("", " ", "a b", "<script>", "' OR 1=1 --", "x".repeat(65),
      "../admin", "buyer%00", "Пётр", "\u202Ebuyer");
  static final List<String> IDS = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "..%2F..%2Fetc",
      "1'%20OR%20'1'%3D'1", "%3Cscript%3E", "x".repeat(3000), "%00", UUID.randomUUID().toString());
  static final List<String> TYPES = List.of("application/json", "application/json", "application/json",
      "text/plain", "application/xml", "multipart/form-data", "application/x-www-form-urlencoded");

  private final Random random;
  private final String dispute;
  private final String buyer;
  private final String seller;
  private final List<Endpoint> endpoints = new ArrayList<>();
  private final ObjectMapper json = new ObjectMapper();

  Probes(Random random, String dispute, String buyer, String seller) {
    this.random = random;
    this.dispute = dispute;
    this.buyer = buyer;
    this.seller = seller;
    endpoints();
  }

  Probe next() {
    Endpoint e = endpoints.get(random.nextInt(endpoints.size()));
    String path = e.path().replace("{id}", pick(0.7, dispute, IDS)).replace("{code}", pick(0.2, "AAAAA-BBBBB-CCCCC-DDDDD",
        IDS)).replace("{buyer}", pick(0.5, buyer, IDS)).replace("{any}", pick(0.3, UUID.randomUUID().toString(), IDS));
    String party = random.nextInt(10) == 0 ? null : pick(0.6, random.nextBoolean() ? buyer : seller, PARTIES);
    String user = e.path().startsWith("/api/v1/sla") || e.path().startsWith("/api/v1/business") ? "opslead1"
        : random.nextInt(20) == 0 ? "mediator1" : "marketplace";
    if (e.body() == null) {
      // body-less actions only with a broken id or a forged party, so they can never act on the case
      if (path.contains(dispute) && (buyer.equals(party) || seller.equals(party))) {
        party = "stranger-" + random.nextInt(1000);
      }
      return new Probe(e.method(), path, user, party, null, null);
    }
    return new Probe(e.method(), path, user, party, TYPES.get(random.nextInt(TYPES.size())), body(e));
  }

  private byte[] body(Endpoint e) {
    int shape = random.nextInt(20);
    if (shape == 0) {
      return "{\"truncated\": [1, 2, {".getBytes(StandardCharsets.UTF_8);
    }
    if (shape == 1) {
      return ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8);
    }
    if (shape == 2) {
      return ("{\"description\": \"" + "A".repeat(3_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    }
    Map<String, Object> body = e.body().get();
    // one strict field always poisoned (every poison is invalid there), up to two more anywhere
    for (int i = random.nextInt(3); i > 0; i--) {
      List<String> keys = new ArrayList<>(body.keySet());
      if (!keys.isEmpty()) {
        poison(body, keys.get(random.nextInt(keys.size())));
      }
    }
    strictPoison(body, e.strict().get(random.nextInt(e.strict().size())));
    try {
      return json.writeValueAsBytes(body);
    } catch (Exception ex) {
      throw new IllegalStateException(ex);
    }
  }

  private void strictPoison(Map<String, Object> body, String path) {
    Map<String, Object> target = parentOf(body, path);
    Object value = STRICT.get(random.nextInt(STRICT.size()));
    if (target != null) {
      target.put(path.substring(path.lastIndexOf('.') + 1), value);
    } else {
      body.put(path.split("\\.")[0], value); // the enclosing object was poisoned away: replace it whole
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parentOf(Map<String, Object> body, String path) {
    String[] parts = path.split("\\.");
    Map<String, Object> target = body;
    for (int i = 0; i < parts.length - 1; i++) {
      if (!(target.get(parts[i]) instanceof HashMap)) {
        return null;
      }
      target = (Map<String, Object>) target.get(parts[i]);
    }
    return target;
  }

  @SuppressWarnings("unchecked")
  private void poison(Map<String, Object> body, String path) {
    String[] parts = path.split("\\.");
    Map<String, Object> target = body;
    for (int i = 0; i < parts.length - 1; i++) {
      Object inner = target.get(parts[i]);
      if (!(inner instanceof HashMap)) {
        return;
      }
      target = (Map<String, Object>) inner;
    }
    if (random.nextInt(8) == 0) {
      target.remove(parts[parts.length - 1]);
    } else {
      target.put(parts[parts.length - 1], POISONS.get(random.nextInt(POISONS.size())));
    }
  }

  private String pick(double realShare, String real, List<String> hostile) {
    return random.nextDouble() < realShare ? real : hostile.get(random.nextInt(hostile.size()));
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static Map<String, Object> money(String amount) {
    return map("amount", amount, "currency", "RUB");
  }

  private void endpoints() {
    Supplier<Map<String, Object>> open = () -> map("order", map("orderId", HostileInputTest.unique(), "sellerId",
        "seller-h", "storeName", "Store", "itemTitle", "Phone", "totalPaid", money("100.00"), "couponPaid",
        money("0.00"), "trackingNumber", "RB1SG", "protectionEndsAt", "2035-01-01T00:00:00Z"), "reason",
        "NOT_RECEIVED", "goodsReceived", false, "requestedOutcome", map("type", "FULL_REFUND"), "description",
        "Never arrived.");
    add("POST", "/api/v1/disputes", open, "order.orderId", "order.sellerId", "order.totalPaid.amount",
        "order.totalPaid.currency", "order.couponPaid.amount", "order.protectionEndsAt", "reason", "goodsReceived",
        "requestedOutcome.type");
    add("GET", "/api/v1/disputes/{id}", null);
    add("GET", "/api/v1/disputes?orderId=%27%20OR%201%3D1", null);
    add("POST", "/api/v1/disputes/{id}/seller-response", () -> map("action", "PROPOSE", "proposal",
        map("type", "PARTIAL_REFUND", "amount", "10.00"), "message", "Half back."), "action", "proposal.type",
        "proposal.amount");
    add("POST", "/api/v1/disputes/{id}/buyer-response", () -> map("action", "MODIFY_REQUEST", "requestedOutcome",
        map("type", "PARTIAL_REFUND", "amount", "10.00"), "message", "Less."), "action", "requestedOutcome.type",
        "requestedOutcome.amount");
    add("POST", "/api/v1/disputes/{id}/escalate", null);
    add("POST", "/api/v1/disputes/{id}/cancel", null);
    add("DELETE", "/api/v1/disputes/{id}/appeal", null);
    add("POST", "/api/v1/disputes/{id}/evidence-requests/{any}/answer", () -> map("message", "Here.", "evidenceIds",
        List.of(UUID.randomUUID().toString())), "evidenceIds");
    add("POST", "/api/v1/disputes/{id}/appeal", () -> map("description", "Unfair.", "evidenceIds", List.of()),
        "evidenceIds");
    add("PUT", "/api/v1/disputes/{id}/appeal/coupon-split", () -> map("coupons", List.of("5.00", "5.00")),
        "coupons");
    add("POST", "/api/v1/disputes/{id}/feedback", () -> map("rating", 3, "text", "Slow."), "rating");
    add("GET", "/api/v1/buyers/{buyer}/coupons", null);
    add("POST", "/api/v1/coupons/{code}/redeem", () -> map("orderId", "ORD-1"), "orderId");
    add("POST", "/api/v1/complaints", () -> map("type", "COUNTERFEIT_PRODUCTS", "subReason", "FAKE_BRAND",
        "productUrl", "https://shop.example/h/" + HostileInputTest.unique(), "accusedSellerId", "seller-h",
        "description", "Fake."), "type", "productUrl", "accusedSellerId");
    add("GET", "/api/v1/complaints/{any}", null);
    add("GET", "/api/v1/complaints?against=%3Cscript%3E", null);
    add("POST", "/api/v1/complaints/{any}/response", () -> map("message", "No."), "message");
    add("GET", "/api/v1/accounts/{buyer}", null);
    add("PUT", "/api/v1/sla-policies/negotiation", () -> map("duration", "P15D", "calendar", "CALENDAR_DAYS"),
        "duration", "calendar");
    add("POST", "/api/v1/sla-policies/{any}/retime?dryRun=maybe", null);
    add("PUT", "/api/v1/business-calendar?retime=false", () -> map("country", "RU", "zone", "Europe/Moscow",
        "closures", List.of(map("date", "2031-01-09", "name", "Closure"))), "country", "zone");
  }

  private void add(String method, String path, Supplier<Map<String, Object>> body, String... strict) {
    endpoints.add(new Endpoint(method, path, body, List.of(strict)));
  }
}
