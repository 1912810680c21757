package com.disputedesk.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.IntegrationTest;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 10 000 events delivered to a local receiver, beside a plain HTTP POST loop to the same receiver with the same
 * parallelism (the ratio is what signing, the ledger and the per-case order cost), then the delay from commit to
 * delivery at a steady 200 events/s. Run with {@code ./mvnw -B verify -Pbench -Dtest=WebhookBenchmark}.
 */
class WebhookBenchmark extends IntegrationTest {
  private static final int EVENTS = Integer.getInteger("bench.webhook-events", 10_000);
  private static final int PARALLELISM = 16;
  @Autowired EventLog log;
  @Autowired WebhookEndpoints endpoints;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  @Test
  void deliversTenThousandEvents() throws Exception {
    Map<String, Long> received = new ConcurrentHashMap<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    server.setExecutor(Executors.newFixedThreadPool(32));
    server.createContext("/hooks", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String id = exchange.getRequestHeaders().getFirst("webhook-id");
      if (id != null && body.length > 0) {
        received.putIfAbsent(id, System.currentTimeMillis());
      }
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.start();
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    try {
      double plain = plainPosts(url + "?plain");
      UUID endpoint = endpoints.create(url, "benchmark", List.of(), "bench").id();
      long started = System.nanoTime();
      writeEvents(EVENTS);
      Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
          .until(() -> received.size() >= EVENTS);
      double seconds = (System.nanoTime() - started) / 1e9;
      double delivered = EVENTS / seconds;
      received.clear();
      long[] delays = steadyDelays(1_000, 200);
      endpoints.delete(endpoint, "bench");
      System.out.printf("%n[bench] webhooks: %d events written and delivered in %.1f s: %.0f events/s; plain POST "
              + "loop (%d in parallel, same receiver): %.0f requests/s; ratio %.2f%n", EVENTS, seconds, delivered,
          PARALLELISM, plain, delivered / plain);
      System.out.printf("[bench] webhooks: commit to delivery at 200 events/s: p50 %d ms, p99 %d ms, max %d ms%n",
          delays[delays.length / 2], delays[delays.length * 99 / 100], delays[delays.length - 1]);
      assertThat(delivered).isPositive();
    } finally {
      server.stop(0);
    }
  }

  /** {@code count} events in transactions of 10, over 4 writers, each transaction about cases of its own. */
  private void writeEvents(int count) throws Exception {
    ExecutorService writers = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < count / 10; t++) {
      done.add(writers.submit(() -> transactions.executeWithoutResult(s -> {
        UUID caseA = UUID.randomUUID();
        UUID caseB = UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
          log.append(EventType.DISPUTE_UPDATED, i % 2 == 0 ? caseA : caseB, Map.of("n", i, "text",
              "The seller proposed a partial refund of 3000.00 RUB for the missing half of the set."));
        }
      })));
    }
    for (Future<?> f : done) {
      f.get();
    }
    writers.shutdown();
  }

  /** Writes {@code count} single-event transactions at {@code perSecond}; the delay of each from commit to receipt. */
  private long[] steadyDelays(int count, int perSecond) throws Exception {
    Map<UUID, Long> committed = new ConcurrentHashMap<>();
    Map<String, Long> received = new ConcurrentHashMap<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    server.setExecutor(Executors.newFixedThreadPool(16));
    server.createContext("/steady", exchange -> {
      exchange.getRequestBody().readAllBytes();
      received.putIfAbsent(exchange.getRequestHeaders().getFirst("webhook-id"), System.nanoTime());
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.start();
    UUID endpoint = endpoints.create("http://127.0.0.1:" + server.getAddress().getPort() + "/steady", "steady",
        List.of(), "bench").id();
    try {
      long interval = 1_000_000_000L / perSecond;
      long next = System.nanoTime();
      for (int i = 0; i < count; i++) {
        while (System.nanoTime() < next) {
          Thread.onSpinWait();
        }
        next += interval;
        UUID id = transactions.execute(s -> log.append(EventType.DISPUTE_OPENED, UUID.randomUUID(), Map.of()).id());
        committed.put(id, System.nanoTime());
      }
      Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> received.size() >= count);
      return committed.entrySet().stream().mapToLong(e -> (received.get(e.getKey().toString()) - e.getValue())
          / 1_000_000).sorted().toArray();
    } finally {
      endpoints.delete(endpoint, "bench");
      server.stop(0);
    }
  }

  /** The same number of POSTs of a stored event's size, {@code PARALLELISM} at a time: the receiver's own pace. */
  private double plainPosts(String url) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String body = "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"dispute.updated\",\"occurredAt\":\""
        + Instant.now() + "\",\"data\":{\"text\":\"" + "x".repeat(120) + "\"}}";
    ExecutorService pool = Executors.newFixedThreadPool(PARALLELISM);
    long started = System.nanoTime();
    List<Future<Integer>> posts = new ArrayList<>();
    for (int i = 0; i < EVENTS; i++) {
      posts.add(pool.submit(() -> http.send(HttpRequest.newBuilder(URI.create(url))
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
          .statusCode()));
    }
    for (Future<Integer> f : posts) {
      f.get();
    }
    pool.shutdown();
    return EVENTS / ((System.nanoTime() - started) / 1e9);
  }
}
