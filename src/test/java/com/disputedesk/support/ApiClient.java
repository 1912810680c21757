package com.disputedesk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** The marketplace's view of DisputeDesk: real HTTP calls with Basic auth; 4xx answers are returned, not thrown. */
@TestComponent
public class ApiClient {
  public record Answer(int status, JsonNode body, HttpHeaders headers) {
    public String text(String field) {
      return body.path(field).asText();
    }

    public UUID id() {
      return UUID.fromString(body.path("id").asText());
    }
  }

  private final Environment env;
  private final ObjectMapper json;

  ApiClient(Environment env, ObjectMapper json) {
    this.env = env;
    this.json = json;
  }

  public Answer get(String path, String party) {
    return call(HttpMethod.GET, path, "marketplace", party, null, null);
  }

  public Answer post(String path, String party, Object body) {
    return call(HttpMethod.POST, path, "marketplace", party, body, null);
  }

  public Answer post(String path, String party, Object body, String idempotencyKey) {
    return call(HttpMethod.POST, path, "marketplace", party, body, idempotencyKey);
  }

  public Answer put(String path, String party, Object body) {
    return call(HttpMethod.PUT, path, "marketplace", party, body, null);
  }

  public Answer delete(String path, String party) {
    return call(HttpMethod.DELETE, path, "marketplace", party, null, null);
  }

  public Answer as(String user, HttpMethod method, String path, String party, Object body) {
    return call(method, path, user, party, body, null);
  }

  /** A call with explicit credentials (an API client's id and secret, or a person's password). */
  public Answer withCredentials(String user, String password, HttpMethod method, String path, String party,
      Object body) {
    return call(method, path, user + ":" + password, party, body, null);
  }

  public Answer upload(String path, String party, String filename, String contentType, byte[] content, String kind) {
    return upload(path, party, filename, contentType, content, kind, null);
  }

  /** An evidence upload; with an {@code idempotencyKey}, sent with that {@code Idempotency-Key}. */
  public Answer upload(String path, String party, String filename, String contentType, byte[] content, String kind,
      String idempotencyKey) {
    var parts = new LinkedMultiValueMap<String, Object>();
    HttpHeaders fileHeaders = new HttpHeaders();
    fileHeaders.setContentType(MediaType.parseMediaType(contentType));
    fileHeaders.setContentDispositionFormData("file", filename);
    parts.add("file", new org.springframework.http.HttpEntity<>(new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return filename;
      }
    }, fileHeaders));
    parts.add("kind", kind);
    parts.add("note", "Photo of the problem");
    return exchange(client().post().uri(path).header("X-Party-Id", party).headers(h -> {
      h.setBasicAuth("marketplace", "marketplace");
      if (idempotencyKey != null) {
        h.set("Idempotency-Key", idempotencyKey);
      }
    }).contentType(MediaType.MULTIPART_FORM_DATA).body(parts));
  }

  /** A multipart form with fields and one file part named {@code file}. */
  public Answer uploadForm(String path, String party, java.util.Map<String, String> fields, String filename,
      String contentType, byte[] content) {
    var parts = new LinkedMultiValueMap<String, Object>();
    HttpHeaders fileHeaders = new HttpHeaders();
    fileHeaders.setContentType(MediaType.parseMediaType(contentType));
    fileHeaders.setContentDispositionFormData("file", filename);
    parts.add("file", new org.springframework.http.HttpEntity<>(new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return filename;
      }
    }, fileHeaders));
    fields.forEach(parts::add);
    return exchange(client().post().uri(path).header("X-Party-Id", party)
        .headers(h -> h.setBasicAuth("marketplace", "marketplace")).contentType(MediaType.MULTIPART_FORM_DATA)
        .body(parts));
  }

  private Answer call(HttpMethod method, String path, String user, String party, Object body, String key) {
    var spec = client().method(method).uri(path).headers(h -> {
      // a bare user name means the demo convention: the password (or secret) is the user name
      String credentials = user.contains(":") ? user : user + ":" + user;
      h.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
          .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
      if (party != null) {
        h.set("X-Party-Id", party);
      }
      if (key != null) {
        h.set("Idempotency-Key", key);
      }
    });
    if (body != null) {
      spec = spec.contentType(MediaType.APPLICATION_JSON).body(body instanceof String s ? s : toJson(body));
    }
    return exchange(spec);
  }

  private Answer exchange(RestClient.RequestBodySpec spec) {
    ResponseEntity<String> response = spec.exchange((req, res) -> ResponseEntity.status(res.getStatusCode())
        .headers(res.getHeaders()).body(new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)), true);
    try {
      String text = response.getBody();
      return new Answer(response.getStatusCode().value(),
          text == null || text.isBlank() ? json.createObjectNode() : json.readTree(text), response.getHeaders());
    } catch (Exception e) {
      return new Answer(response.getStatusCode().value(), json.createObjectNode().put("raw", response.getBody()),
          response.getHeaders());
    }
  }

  private RestClient client() {
    return RestClient.builder().baseUrl("http://localhost:" + env.getProperty("local.server.port")).build();
  }

  private String toJson(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
