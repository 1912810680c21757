package com.disputedesk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
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

/**
 * DisputeDesk as a separate operating-system process on a given PostgreSQL, with its job executor on: a node of a
 * cluster, or the victim of {@code kill -9}. Its log goes to {@code target/reliability/NAME.log}.
 */
public final class AppNode implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String name;
  private final Process process;
  private final int port;
  private final Path log;

  /** An answer from the node's API: status (-1 when the node did not answer at all) and JSON body. */
  public record Answer(int status, JsonNode body) {
    public boolean acknowledged() {
      return status >= 200 && status < 300;
    }
  }

  private AppNode(String name, Process process, int port, Path log) {
    this.name = name;
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** JVM options of a node in a reliability test: small and quick to start (C1 only). */
  public static final List<String> QUICK_START = List.of("-Xmx640m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
  /** JVM options of a node in a benchmark: the JVM's defaults as in production (docker/Dockerfile), full JIT. */
  public static final List<String> PRODUCTION = List.of("-Xmx1g");

  /** Starts a node on {@code jdbcUrl}, sending mail to {@code smtpPort}, and waits until it reports ready. */
  public static AppNode start(String name, String jdbcUrl, int smtpPort) throws Exception {
    return start(name, jdbcUrl, smtpPort, QUICK_START);
  }

  /** As {@link #start(String, String, int)}, with the given JVM options. */
  public static AppNode start(String name, String jdbcUrl, int smtpPort, List<String> jvmOptions) throws Exception {
    return start(name, jdbcUrl, smtpPort, jvmOptions, java.util.Map.of());
  }

  /**
   * As {@link #start(String, String, int, List)}; {@code settings} replace the node's defaults (by default the
   * rate limits are out of the way of load tests; a flood test gives the production budgets back).
   */
  public static AppNode start(String name, String jdbcUrl, int smtpPort, List<String> jvmOptions,
      java.util.Map<String, String> settings) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path log = Path.of("target", "reliability", name + ".log");
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", classpath(),
        "com.disputedesk.DisputeDeskApplication",
        "--spring.profiles.active=node",
        "--server.port=" + port,
        "--spring.datasource.url=" + jdbcUrl,
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=postgres",
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtpPort,
        "--disputedesk.demo.users=true",
        "--disputedesk.demo.data=false",
        // a killed node's locked jobs are taken over after 15 s instead of Camunda's default 5 minutes
        "--camunda.bpm.job-execution.lock-time-in-millis=15000",
        // an idle executor looks for due jobs every 2 s at most (default: backs off to 60 s)
        "--camunda.bpm.job-execution.wait-time-in-millis=1000",
        "--camunda.bpm.job-execution.max-wait=2000",
        // the job log names the node that ran each job
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        "--logging.level.root=WARN"));
    var tuned = new java.util.LinkedHashMap<String, String>();
    tuned.put("disputedesk.rate-limit.client-writes-per-minute", "10000000");
    tuned.put("disputedesk.rate-limit.party-writes-per-minute", "100000");
    tuned.put("disputedesk.rate-limit.party-uploads-per-minute", "100000");
    tuned.put("logging.level.com.disputedesk", "INFO");
    tuned.putAll(settings);
    tuned.forEach((key, value) -> command.add("--" + key + "=" + value));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
    AppNode node = new AppNode(name, process, port, log);
    node.awaitReady(Duration.ofMinutes(4));
    return node;
  }

  /** The tests' class path, each entry once (a directory listed twice deploys every process model twice). */
  private static String classpath() {
    String raw = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return java.util.Arrays.stream(raw.split(java.io.File.pathSeparator)).filter(e -> !e.isBlank())
        .map(e -> Path.of(e).toAbsolutePath().normalize().toString()).distinct()
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  private void awaitReady(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail());
      }
      if (get("/actuator/health/readiness", null).status() == 200) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(name + " was not ready after " + timeout + ":\n" + logTail());
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  public Answer get(String path, String party) {
    return send(request(path, party).GET());
  }

  public Answer post(String path, String party, Object body, String idempotencyKey) {
    try {
      HttpRequest.Builder request = request(path, party).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      if (idempotencyKey != null) {
        request.header("Idempotency-Key", idempotencyKey);
      }
      return send(request);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Camunda's REST API as the administrator. */
  public Answer engine(String method, String path, Object body) {
    try {
      String json = body == null ? "" : JSON.writeValueAsString(body);
      return send(HttpRequest.newBuilder(URI.create(baseUrl() + "/engine-rest" + path)).timeout(Duration.ofSeconds(30))
          .header("Authorization", basic("admin")).header("Content-Type", "application/json")
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private HttpRequest.Builder request(String path, String party) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", basic("marketplace"));
    if (party != null) {
      request.header("X-Party-Id", party);
    }
    return request;
  }

  private static Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      return new Answer(response.statusCode(), body == null || body.isBlank() || body.charAt(0) != '{' && body.charAt(0) != '['
          ? JSON.nullNode() : JSON.readTree(body));
    } catch (ConnectException e) {
      return new Answer(-1, JSON.nullNode());
    } catch (IOException e) {
      return new Answer(-1, JSON.nullNode()); // reset or closed mid-answer: not acknowledged
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(-1, JSON.nullNode());
    }
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }

  /** The node's operating-system process id. */
  public long pid() {
    return process.pid();
  }

  public boolean alive() {
    return process.isAlive();
  }

  /** {@code kill -9}: no shutdown hook, no graceful anything. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  public String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

}
