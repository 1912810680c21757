package com.disputedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.AppNode;
import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.S3Server;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A 1 GB video uploaded to a node whose heap is 256 MB, evidence in an S3 server (s3proxy in this JVM), beside a
 * plain {@code curl} upload of the same file to the same server; then the node's heap during 10 concurrent 200 MB
 * uploads. Run with {@code ./mvnw -B verify -Pbench -Dtest=EvidenceUploadBenchmark}.
 */
class EvidenceUploadBenchmark extends IntegrationTest {
  private static final long GB = 1L << 30;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  @Autowired DataSource dataSource;

  @Test
  void aGigabyteVideoThroughA256MegabyteHeap() throws Exception {
    S3Server s3 = S3Server.shared();
    Path dir = Files.createDirectories(Path.of("target", "bench", "uploads"));
    Path big = video(dir.resolve("unboxing-1g.mp4"), GB);
    Path medium = video(dir.resolve("unboxing-200m.mp4"), 200L << 20);
    String url = com.zaxxer.hikari.HikariDataSource.class.cast(dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class))
        .getJdbcUrl();
    Map<String, String> settings = Map.of("disputedesk.evidence.store", "s3",
        "disputedesk.evidence.s3.bucket", S3Server.BUCKET, "disputedesk.evidence.s3.endpoint", s3.endpoint(),
        "disputedesk.evidence.max-video-size", "2GB", "disputedesk.evidence.max-upload-size", "2GB",
        "disputedesk.evidence.max-request-size", "2049MB", "disputedesk.rate-limit.party-uploads-per-minute", "1000");
    // full JIT, as in production: C1 alone has no SHA-256 intrinsics, and hashing the gigabyte would dominate
    List<String> jvm = List.of("-Xmx256m", "-XX:+UseSerialGC",
        "-Daws.accessKeyId=" + S3Server.ACCESS_KEY, "-Daws.secretAccessKey=" + S3Server.SECRET_KEY);
    try (AppNode node = AppNode.start("evidence-256m", url, MAIL.getSmtp().getPort(), jvm, settings)) {
      long started = System.nanoTime();
      int status = upload(node, big);
      double ours = (System.nanoTime() - started) / 1e9;
      assertThat(status).as(node.logTail()).isEqualTo(201);
      started = System.nanoTime();
      Process curl = new ProcessBuilder("curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", "--aws-sigv4",
          "aws:amz:us-east-1:s3", "--user", S3Server.ACCESS_KEY + ":" + S3Server.SECRET_KEY,
          "-H", "x-amz-content-sha256: UNSIGNED-PAYLOAD", "-T", big.toString(),
          s3.endpoint() + "/" + S3Server.BUCKET + "/curl-" + UUID.randomUUID()).redirectErrorStream(true).start();
      String curlAnswer = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      curl.waitFor();
      double plain = (System.nanoTime() - started) / 1e9;

      AtomicLong peak = new AtomicLong();
      ExecutorService uploads = Executors.newFixedThreadPool(11);
      var watching = uploads.submit(() -> watchHeap(node, peak));
      List<Future<Integer>> ten = new ArrayList<>();
      started = System.nanoTime();
      for (int i = 0; i < 10; i++) {
        Path copy = dir.resolve("unboxing-200m-" + i + ".mp4");
        Files.copy(medium, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.write(copy, new byte[] {(byte) i}, java.nio.file.StandardOpenOption.APPEND); // ten different files
        ten.add(uploads.submit(() -> upload(node, copy)));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : ten) {
        statuses.add(f.get());
      }
      double concurrent = (System.nanoTime() - started) / 1e9;
      watching.cancel(true);
      uploads.shutdownNow();
      System.out.printf("%n[bench] evidence: 1 GB video through a 256 MB heap into S3: %.1f s (%.0f MB/s); curl of "
              + "the same file to the same S3 server: %.1f s (HTTP %s); ratio %.2f%n", ours, 1024 / ours, plain,
          curlAnswer, plain / ours);
      System.out.printf("[bench] evidence: 10 concurrent 200 MB uploads: %.1f s, answers %s, heap used at most "
          + "%d MB of 256%n", concurrent, statuses, peak.get() >> 20);
      assertThat(statuses).containsOnly(201);
    }
  }

  private static int upload(AppNode node, Path file) throws Exception {
    String buyer = Cases.unique("buyer");
    var opened = node.post("/api/v1/disputes", buyer, openRequest(buyer), UUID.randomUUID().toString());
    String id = opened.body().path("id").asText();
    String boundary = "dd" + UUID.randomUUID();
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nVIDEO\r\n--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
        + "\"\r\nContent-Type: video/mp4\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    HttpRequest request = HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/v1/disputes/" + id + "/evidence"))
        .timeout(Duration.ofMinutes(10))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("marketplace:marketplace".getBytes()))
        .header("X-Party-Id", buyer).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
            HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofString(tail))).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static Map<String, Object> openRequest(String buyer) {
    return Map.of("order", Map.of("orderId", Cases.unique("ORD"), "sellerId", Cases.unique("seller"),
            "storeName", "Gadget Store", "itemTitle", "Robot vacuum", "totalPaid", Map.of("amount", "24990.00",
                "currency", "RUB"), "couponPaid", Map.of("amount", "0.00", "currency", "RUB"),
            "protectionEndsAt", java.time.Instant.now().plus(Duration.ofDays(20)).toString()),
        "reason", "EMPTY_PACKAGE", "goodsReceived", true, "requestedOutcome", Map.of("type", "FULL_REFUND"),
        "description", "The box was empty; the unboxing video shows it.");
  }

  private static Void watchHeap(AppNode node, AtomicLong peak) throws Exception {
    while (!Thread.currentThread().isInterrupted()) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(node.baseUrl()
              + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes())).build();
      var answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() == 200) {
        long used = JSON.readTree(answer.body()).at("/measurements/0/value").asLong();
        peak.accumulateAndGet(used, Math::max);
      }
      Thread.sleep(200);
    }
    return null;
  }

  /** A file Tika takes for MP4 (an ftyp box), then incompressible bytes. */
  private static Path video(Path file, long size) throws Exception {
    if (Files.exists(file) && Files.size(file) == size) {
      return file;
    }
    byte[] ftyp = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0, 'm', 'p', '4', '2', 'i', 's',
        'o', 'm'};
    byte[] chunk = new byte[1 << 20];
    new Random(7).nextBytes(chunk);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(ftyp);
      for (long written = ftyp.length; written < size; written += chunk.length) {
        out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
      }
    }
    return file;
  }
}
