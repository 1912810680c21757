package com.disputedesk.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The published contract, as a marketplace developer generating a client reads it: every operation named, its
 * problem answers documented, POSTs with their Idempotency-Key, no untyped bodies, and nothing removed or renamed
 * against {@code docs/openapi.json}. An intended change updates that file in the same commit:
 * {@code ./mvnw -B verify -Pwrite-contract}.
 */
class ApiContractTest extends IntegrationTest {
  private static final Path COMMITTED = Path.of("docs", "openapi.json");
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
  @Value("${local.server.port}") int port;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyOperationIsNamedDocumentedAndTyped() throws Exception {
    JsonNode spec = spec();
    List<String> wrong = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (var path : iterable(spec.path("paths").fields())) {
      for (var op : iterable(path.getValue().fields())) {
        if (!METHODS.contains(op.getKey())) {
          continue;
        }
        String where = op.getKey().toUpperCase() + " " + path.getKey();
        String id = op.getValue().path("operationId").asText();
        if (!OperationIds.BY_ROUTE.containsValue(id) || !ids.add(id)) {
          wrong.add(where + ": operationId '" + id + "' is not one chosen in OperationIds, or not unique");
        }
        JsonNode responses = op.getValue().path("responses");
        for (String status : List.of("400", "401", "403")) {
          if (!responses.path(status).path("content").path("application/problem+json").path("schema")
              .path("$ref").asText().endsWith("/Problem")) {
            wrong.add(where + ": no " + status + " problem answer");
          }
        }
        if (op.getKey().equals("post") && !hasHeader(op.getValue(), "Idempotency-Key")) {
          wrong.add(where + ": no Idempotency-Key header");
        }
        for (var answer : iterable(responses.fields())) {
          if (answer.getKey().startsWith("2")) {
            answer.getValue().path("content").forEach(media -> {
              if (untyped(media.path("schema"))) {
                wrong.add(where + ": " + answer.getKey() + " answers an untyped body " + media.path("schema"));
              }
            });
          }
        }
      }
    }
    assertThat(spec.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
    assertThat(spec.at("/components/schemas/DisputeView/properties/appeal").isMissingNode())
        .as("the parts other modules add to a dispute are in its schema").isFalse();
    assertThat(wrong).isEmpty();
    assertThat(ids).as("every chosen name is in use").containsExactlyInAnyOrderElementsOf(
        new HashSet<>(OperationIds.BY_ROUTE.values()));
  }

  @Test
  void nothingIsRemovedOrRenamedAgainstTheCommittedContract() throws Exception {
    JsonNode spec = spec();
    if (Boolean.getBoolean("api.contract.write")) {
      // keys sorted at every level, so a regenerated file differs only where the contract did
      Files.writeString(COMMITTED, json.copy().enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(json.convertValue(spec,
              Map.class)) + "\n");
    }
    JsonNode committed = json.readTree(COMMITTED.toFile());
    List<String> breaking = new ArrayList<>();
    for (var path : iterable(committed.path("paths").fields())) {
      for (var op : iterable(path.getValue().fields())) {
        JsonNode now = spec.path("paths").path(path.getKey()).path(op.getKey());
        String where = op.getKey().toUpperCase() + " " + path.getKey();
        if (now.isMissingNode()) {
          breaking.add(where + " was removed");
        } else if (!now.path("operationId").equals(op.getValue().path("operationId"))) {
          breaking.add(where + " was renamed to " + now.path("operationId"));
        } else {
          for (var response : iterable(op.getValue().path("responses").fieldNames())) {
            if (now.path("responses").path(response).isMissingNode()) {
              breaking.add(where + " no longer documents " + response);
            }
          }
        }
      }
    }
    for (var schema : iterable(committed.path("components").path("schemas").fields())) {
      JsonNode now = spec.path("components").path("schemas").path(schema.getKey()).path("properties");
      for (var property : iterable(schema.getValue().path("properties").fieldNames())) {
        if (now.path(property).isMissingNode()) {
          breaking.add(schema.getKey() + "." + property + " was removed");
        }
      }
    }
    assertThat(breaking).as("breaking changes against docs/openapi.json (regenerate it if intended)").isEmpty();
  }

  private static boolean untyped(JsonNode schema) {
    if (schema.isMissingNode() || schema.has("$ref")) {
      return false;
    }
    if (schema.path("type").asText().equals("array")) {
      return untyped(schema.path("items"));
    }
    return schema.path("type").asText().equals("object") && !schema.has("properties");
  }

  private static boolean hasHeader(JsonNode operation, String name) {
    for (JsonNode parameter : operation.path("parameters")) {
      if (parameter.path("in").asText().equals("header") && parameter.path("name").asText().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private JsonNode spec() throws Exception {
    var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/v3/api-docs")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
    return () -> iterator;
  }

}
