package com.disputedesk.integration;

import com.disputedesk.common.InvalidInput;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Standard Webhooks 1.0 over HTTP: a POST of the event's stored body with {@code webhook-id} (the event id, the same
 * on every retry), {@code webhook-timestamp} and {@code webhook-signature} (one {@code v1,…} per valid secret, signed
 * by the standardwebhooks library). Redirects are not followed and count as failures; the answer is read only up to
 * its first kilobyte.
 */
@Component
class HttpWebhookTransport implements EventTransport {
  private final EndpointAddresses addresses;
  private final Duration timeout;
  private final ExecutorService executor;
  private final HttpClient http;

  HttpWebhookTransport(EndpointAddresses addresses,
      @Value("${disputedesk.webhooks.timeout:PT10S}") Duration timeout,
      @Value("${disputedesk.webhooks.parallelism:16}") int parallelism) {
    this.addresses = addresses;
    this.timeout = timeout;
    this.executor = Executors.newFixedThreadPool(parallelism, r -> {
      Thread t = new Thread(r, "webhook-sender");
      t.setDaemon(true);
      return t;
    });
    // HTTP/1.1: no h2c upgrade dance with receivers that do not speak HTTP/2 in clear
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .executor(executor).build();
  }

  @Override
  public CompletableFuture<DeliveryResult> deliver(ClaimedDelivery d) {
    long started = System.nanoTime();
    HttpRequest request;
    try {
      addresses.requirePublic(d.url().getHost());
      request = HttpRequest.newBuilder(d.url()).timeout(timeout)
          .header("content-type", "application/json")
          .header("user-agent", "DisputeDesk-Webhooks/1")
          .header("webhook-id", d.eventId().toString())
          .header("webhook-timestamp", Long.toString(signedAt()))
          .POST(HttpRequest.BodyPublishers.ofString(d.body(), StandardCharsets.UTF_8))
          .build();
      request = sign(request, d);
    } catch (InvalidInput refused) {
      return CompletableFuture.completedFuture(DeliveryResult.failed(refused.getMessage(), 0));
    }
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
        .thenApply(response -> new DeliveryResult(response.statusCode(), excerpt(response.body()), null,
            millisSince(started)))
        .exceptionally(e -> DeliveryResult.failed(describe(e.getCause() == null ? e : e.getCause()),
            millisSince(started)));
  }

  /** The receiver checks the timestamp against its own clock, so it is the wall clock, not the engine's. */
  private static long signedAt() {
    return Instant.now().getEpochSecond();
  }

  private static HttpRequest sign(HttpRequest request, ClaimedDelivery d) {
    String timestamp = request.headers().firstValue("webhook-timestamp").orElseThrow();
    String signatures = d.secrets().stream().map(secret -> {
      try {
        return new Webhook(secret).sign(d.eventId().toString(), Long.parseLong(timestamp), d.body());
      } catch (WebhookSigningException | com.standardwebhooks.exceptions.EmptyWebhookSecretException e) {
        throw new IllegalStateException("cannot sign with the endpoint's secret", e);
      }
    }).collect(Collectors.joining(" "));
    return HttpRequest.newBuilder(request, (name, value) -> true).header("webhook-signature", signatures).build();
  }

  private static String excerpt(InputStream body) {
    try (body) {
      byte[] first = body.readNBytes(DeliveryResult.EXCERPT_BYTES);
      return new String(first, StandardCharsets.UTF_8).replace('\u0000', ' ');
    } catch (IOException e) {
      return null;
    }
  }

  private static String describe(Throwable e) {
    if (e instanceof HttpTimeoutException) {
      return "no answer within the timeout";
    }
    if (e instanceof java.net.ConnectException) {
      return "connection refused or unreachable";
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }
}
