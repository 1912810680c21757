package com.disputedesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.AppNode;
import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Abuse against a node with production settings: 200 connections trickling bodies must not slow the other clients
 * or the health checks, and a party flooding the API is held to its budget while another party is not.
 */
class AbuseReliabilityTest extends IntegrationTest {
  @Autowired DataSource dataSource;

  @Test
  void twoHundredSlowConnectionsLeaveEveryoneElseAnsweredWithinASecond() throws Exception {
    try (AppNode node = AppNode.start("slow-node", Nodes.jdbcUrl(dataSource), MAIL.getSmtp().getPort())) {
      URI base = URI.create(node.baseUrl());
      List<Socket> slow = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.getOutputStream().write(("POST /api/v1/disputes HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
            + java.util.Base64.getEncoder().encodeToString("marketplace:marketplace".getBytes()) + "\r\nX-Party-Id: "
            + "slow-" + i + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
            .getBytes(StandardCharsets.US_ASCII));
        slow.add(socket);
      }
      ExecutorService trickle = Executors.newSingleThreadExecutor();
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      trickle.submit(() -> {
        while (System.nanoTime() < end) {
          for (Socket socket : slow) {
            try {
              OutputStream out = socket.getOutputStream();
              out.write(' ');
              out.flush();
            } catch (IOException closedByTheServer) {
              // the node gave up on this body: what it should do
            }
          }
          sleep(1000);
        }
      });
      List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
      ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
      ExecutorService clients = Executors.newFixedThreadPool(8);
      for (int c = 0; c < 8; c++) {
        int client = c;
        clients.submit(() -> {
          while (System.nanoTime() < end) {
            long start = System.nanoTime();
            var answer = client % 2 == 0 ? node.get("/actuator/health/readiness", null)
                : node.get("/api/v1/disputes?orderId=none", "normal-" + client);
            latencies.add((System.nanoTime() - start) / 1_000_000);
            if (answer.status() != 200) {
              wrong.add(String.valueOf(answer.status()));
            }
            sleep(100);
          }
        });
      }
      clients.shutdown();
      assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
      trickle.shutdownNow();
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      long p99 = sorted.get(Math.min(sorted.size() - 1, sorted.size() * 99 / 100));
      int answeredSlow = 0;
      for (Socket socket : slow) {
        socket.setSoTimeout(2000);
        try {
          String head = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
          answeredSlow += head.startsWith("HTTP/1.1 408") ? 1 : 0;
        } catch (IOException closed) {
          // closed without an answer also frees the node
        }
        socket.close();
      }
      System.out.printf("%n[reliability] slow bodies: %d calls beside 200 trickling connections, p99 %d ms, %d of the "
          + "200 answered 408%n", sorted.size(), p99, answeredSlow);
      assertThat(wrong).as("health and API answers while slow clients trickle").isEmpty();
      assertThat(p99).as("p99 of the normal clients, ms").isLessThan(1000);
      assertThat(answeredSlow).as("the node refuses bodies slower than its deadline").isGreaterThan(150);
    }
  }

  @Test
  void aFloodingPartyGets429sWhileAnotherPartyIsServed() throws Exception {
    try (AppNode node = AppNode.start("flood-node", Nodes.jdbcUrl(dataSource), MAIL.getSmtp().getPort(),
        AppNode.QUICK_START, Map.of("disputedesk.rate-limit.party-writes-per-minute", "60",
            "disputedesk.rate-limit.client-writes-per-minute", "6000"))) {
      String flooder = Cases.unique("flooder");
      AtomicInteger limited = new AtomicInteger();
      int firstLimited = -1;
      for (int i = 0; i < 100; i++) {
        var answer = node.post("/api/v1/disputes", flooder, Map.of("reason", "NOT_RECEIVED"), null);
        if (answer.status() == 429) {
          limited.incrementAndGet();
          firstLimited = firstLimited < 0 ? i : firstLimited;
        }
      }
      var other = node.post("/api/v1/disputes", Cases.unique("patient"), Map.of("reason", "NOT_RECEIVED"), null);
      System.out.printf("%n[reliability] flood: %d of 100 writes limited, the first at #%d; another party: %d%n",
          limited.get(), firstLimited, other.status());
      assertThat(firstLimited).as("the budget of 60 a minute is given first").isGreaterThanOrEqualTo(58);
      assertThat(limited.get()).isGreaterThanOrEqualTo(35);
      assertThat(other.status()).as("another party is unaffected (422: its body is incomplete)").isEqualTo(422);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
