package com.disputedesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.AppNode;
import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.WebhookReceiver;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code kill -9} while 500 events wait for a slow receiver: after a restart on two nodes every event arrives, each
 * webhook-id at least once, none out of order per case; the two nodes send each later event exactly once between
 * them. Run with {@code ./mvnw -B verify -Preliability}.
 */
class WebhookReliabilityTest extends IntegrationTest {
  private static final int DISPUTES = 250; // two events each: dispute.opened, dispute.updated
  private static final int PARALLELISM = 16;
  private static final Map<String, String> SETTINGS = Map.of(
      "disputedesk.webhooks.allow-private-addresses", "true",
      "disputedesk.webhooks.retry-schedule", "1s,1s,2s,2s,5s,5s",
      "disputedesk.webhooks.lease", "PT12S",
      "disputedesk.webhooks.poll", "PT0.5S",
      "disputedesk.webhooks.parallelism", Integer.toString(PARALLELISM));
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;

  @Test
  void aNodeKilledWhileEventsWaitLosesNoneAndTwoNodesSendEachOnceBetweenThem() throws Exception {
    Lifecycle localDispatcher = (Lifecycle) context.getBean("webhookDispatcher");
    localDispatcher.stop(); // only the nodes deliver in this test
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      receiver.server.stubFor(WireMock.post("/hooks").willReturn(WireMock.aResponse().withStatus(204)
          .withFixedDelay(1000)));
      var endpoint = api.as("admin", HttpMethod.POST, "/api/v1/admin/webhook-endpoints", null,
          Map.of("url", receiver.url(), "eventTypes", List.of("dispute.opened", "dispute.updated")));
      String url = Nodes.jdbcUrl(dataSource);
      List<UUID> disputes = new ArrayList<>();
      try (AppNode first = AppNode.start("webhook-first", url, MAIL.getSmtp().getPort(), AppNode.QUICK_START,
          SETTINGS)) {
        disputes.addAll(open(first, DISPUTES));
        Nodes.awaitUntil("deliveries under way", () -> receiver.received().size() >= 60);
        first.kill();
      }
      int beforeCrash = receiver.received().size();
      long waiting = pending();
      System.out.printf("%n[reliability] killed with %d deliveries received, %d waiting%n", beforeCrash, waiting);
      assertThat(waiting).isGreaterThan(100);

      try (AppNode second = AppNode.start("webhook-second", url, MAIL.getSmtp().getPort(), AppNode.QUICK_START,
          SETTINGS); AppNode third = AppNode.start("webhook-third", url, MAIL.getSmtp().getPort(),
          AppNode.QUICK_START, SETTINGS)) {
        Nodes.awaitUntil("everything delivered after the crash", () -> pending() == 0);
        int afterRecovery = receiver.received().size();
        List<UUID> later = new ArrayList<>(open(second, 25));
        later.addAll(open(third, 25));
        disputes.addAll(later);
        Nodes.awaitUntil("the later events delivered", () -> pending() == 0);

        var received = receiver.received();
        Set<String> expected = new HashSet<>(jdbc.sql("select id::text from integration_event where case_id = any(?)")
            .param(disputes.toArray(UUID[]::new)).query(String.class).list());
        assertThat(expected).hasSize(disputes.size() * 2);
        Set<String> ids = new HashSet<>();
        received.forEach(d -> ids.add(d.webhookId()));
        assertThat(ids).as("the receiver's de-duplicated set is exactly the events").isEqualTo(expected);
        long failed = jdbc.sql("select count(*) from webhook_attempt where response_status is null "
            + "or response_status >= 300").query(Long.class).single();
        System.out.printf("[reliability] %d deliveries received for %d events, %d attempts failed%n",
            received.size(), ids.size(), failed);
        assertThat(received.size() - ids.size()).as("repeats only for what the killed node had in flight, and "
            + "for retries after a failed attempt").isLessThanOrEqualTo((int) (PARALLELISM + failed));
        var afterwards = received.subList(afterRecovery, received.size());
        assertThat(afterwards).as("two nodes send each later event once between them")
            .extracting(WebhookReceiver.Delivery::webhookId).doesNotHaveDuplicates().hasSize(later.size() * 2);
        Map<UUID, Integer> lastSequence = new HashMap<>();
        for (var d : received) {
          int sequence = d.event().path("sequence").asInt();
          Integer previous = lastSequence.put(d.caseId(), sequence);
          assertThat(previous == null || previous <= sequence).as("in order per case " + d.caseId()).isTrue();
        }
      }
      api.as("admin", HttpMethod.DELETE, "/api/v1/admin/webhook-endpoints/" + endpoint.text("id"), null, null);
    } finally {
      localDispatcher.start();
    }
  }

  private long pending() {
    return jdbc.sql("select count(*) from webhook_delivery where status = 'PENDING'").query(Long.class).single();
  }

  /** Opens {@code count} disputes on {@code node}, each answered at once by its seller: two events per dispute. */
  private List<UUID> open(AppNode node, int count) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(8);
    List<Future<UUID>> opened = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      opened.add(clients.submit(() -> {
        String buyer = Cases.unique("buyer");
        String seller = Cases.unique("seller");
        var answer = node.post("/api/v1/disputes", buyer, cases.openRequest(cases.order(Cases.unique("ORD"),
            seller), false), UUID.randomUUID().toString());
        UUID id = UUID.fromString(answer.body().path("id").asText());
        node.post("/api/v1/disputes/" + id + "/seller-response", seller, Map.of("action", "REJECT",
            "message", "Tracking shows it was delivered."), UUID.randomUUID().toString());
        return id;
      }));
    }
    List<UUID> ids = new ArrayList<>();
    for (Future<UUID> f : opened) {
      ids.add(f.get());
    }
    clients.shutdown();
    return ids;
  }
}
