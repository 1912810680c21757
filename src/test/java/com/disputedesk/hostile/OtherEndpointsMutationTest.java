package com.disputedesk.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The one-field mutations of {@link OneFieldMutationTest} against the other party endpoints, JSON and multipart:
 * each answer is below 500, a problem when refused, within two seconds; a refused call leaves the case as it was.
 */
class OtherEndpointsMutationTest extends IntegrationTest {
  private static final List<Object> TEXT = List.of("a\u0000b", "x\u0007y", "\u202Eexe.pdf", "\u200B\u200B", 42,
      List.of("x"), "x".repeat(20_000));
  private static final List<Object> AMOUNT = List.of("1e999999999", "99999999999999999999.99", "NaN", 1e300, "1,5");

  private record Call(String path, String party, Function<Object, Map<String, Object>> body) {}

  @Test
  void everyOtherWriteWithOnePoisonedFieldIsRefusedQuicklyAndChangesNothing() {
    var d = cases.open();
    List<Call> calls = List.of(
        new Call("/seller-response", d.seller(), v -> map("action", "PROPOSE", "proposal",
            map("type", "PARTIAL_REFUND", "amount", v), "message", "Half back.")),
        new Call("/seller-response", d.seller(), v -> map("action", "REJECT", "message", v)),
        new Call("/buyer-response", d.buyer(), v -> map("action", "MODIFY_REQUEST", "requestedOutcome",
            map("type", "PARTIAL_REFUND", "amount", "10.00"), "message", v)),
        new Call("/buyer-response", d.buyer(), v -> map("action", "MODIFY_REQUEST", "requestedOutcome",
            map("type", "PARTIAL_REFUND", "amount", v), "message", "Less.")),
        new Call("/appeal", d.buyer(), v -> map("description", v)),
        new Call("/feedback", d.buyer(), v -> map("rating", 3, "text", v)));
    List<String> failures = new ArrayList<>();
    for (Call call : calls) {
      List<Object> values = call.body().apply("probe").toString().contains("amount=probe") ? AMOUNT : TEXT;
      for (Object value : values) {
        String before = api.get(d.path(), d.buyer()).body().toString();
        long start = System.nanoTime();
        var answer = api.post(d.path() + call.path(), call.party(), call.body().apply(value));
        long millis = (System.nanoTime() - start) / 1_000_000;
        String what = call.path() + " " + String.valueOf(value).substring(0, Math.min(20, String.valueOf(value)
            .length())) + " -> " + answer.status();
        if (answer.status() >= 500 || millis > 2000 || answer.status() < 400) {
          failures.add(what + " (" + millis + " ms) " + answer.body());
        } else if (!answer.headers().getContentType().toString().startsWith("application/problem+json")) {
          failures.add(what + ": not a problem");
        } else if (!api.get(d.path(), d.buyer()).body().toString().equals(before)) {
          failures.add(what + ": the case changed");
        }
      }
    }
    for (Object note : List.of("a\u0000b", "\u202Egnp.exe")) {
      var upload = api.uploadForm(d.path() + "/evidence", d.buyer(), Map.of("kind", "PHOTO", "note", (String) note),
          "parcel.png", "image/png", com.disputedesk.dispute.EvidenceFiles.png());
      if (upload.status() != 422) {
        failures.add("evidence note " + note.hashCode() + " -> " + upload.status() + " " + upload.body());
      }
    }
    var complaint = api.uploadForm("/api/v1/complaints", "reporter-mut", Map.of("type", "COUNTERFEIT_PRODUCTS",
        "productUrl", "https://shop.example/item/m1", "accusedSellerId", "seller-m1", "description", "Fake\u0000"),
        "proof.png", "image/png", com.disputedesk.dispute.EvidenceFiles.png());
    if (complaint.status() != 422) {
      failures.add("complaint description with NUL -> " + complaint.status() + " " + complaint.body());
    }
    assertThat(failures).isEmpty();
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
