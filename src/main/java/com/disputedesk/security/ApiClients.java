package com.disputedesk.security;

import com.disputedesk.common.CaseNotFound;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.security.AccessAudit.Action;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Machines that call the API (the marketplace's back end, the payments system, a metrics scraper), each with its
 * own secrets, used as HTTP Basic {@code clientId:secret}. Several secrets may be valid at once, so a client
 * rotates without downtime; a revoked one fails at once.
 */
@Service
public class ApiClients {
  public record Secret(UUID secretId, String hint, Instant createdAt, String createdBy, Instant revokedAt) {}

  public record Client(String clientId, String name, String role, Instant createdAt, String createdBy,
      List<Secret> secrets) {}

  /** A new secret in clear text: shown once, stored only as a hash. */
  public record IssuedSecret(String clientId, UUID secretId, String secret, String hint) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private final JdbcClient jdbc;
  private final AccessAudit audit;
  private final Clock clock;

  ApiClients(JdbcClient jdbc, AccessAudit audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public IssuedSecret create(String name, String role, String actor) {
    if (name == null || name.isBlank() || name.length() > 100) {
      throw new InvalidInput("name", "must be 1 to 100 characters, e.g. \"Marketplace back end\"");
    }
    if (role == null || !Roles.isApiClient(role)) {
      throw new InvalidInput("role", "must be one of " + String.join(", ", Roles.API_CLIENTS));
    }
    if (jdbc.sql("select count(*) from api_client where lower(name) = lower(?)").param(name.strip())
        .query(Integer.class).single() > 0) {
      throw RuleViolation.conflict("client-exists", "An API client named \"" + name.strip() + "\" exists; "
          + "give each client its own name.");
    }
    String clientId = "ddc_" + HexFormat.of().formatHex(bytes(8));
    insert(clientId, name.strip(), role, actor);
    audit.record(actor, Action.CLIENT_CREATED, clientId, null, role);
    return issue(clientId, "dds_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32)), actor);
  }

  /** A further valid secret; the older ones keep working until revoked. */
  @Transactional
  public IssuedSecret rotate(String clientId, String actor) {
    get(clientId);
    return issue(clientId, "dds_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32)), actor);
  }

  @Transactional
  public Client revoke(String clientId, UUID secretId, String actor) {
    int revoked = jdbc.sql("update api_client_secret set revoked_at = ?, revoked_by = ? "
            + "where client_id = ? and secret_id = ? and revoked_at is null")
        .params(Timestamp.from(clock.instant()), actor, clientId, secretId).update();
    if (revoked == 0) {
      Client client = get(clientId);
      if (client.secrets().stream().noneMatch(s -> s.secretId().equals(secretId))) {
        throw new CaseNotFound("secret", secretId);
      }
      throw RuleViolation.conflict("secret-revoked", "That secret was already revoked.");
    }
    audit.record(actor, Action.SECRET_REVOKED, clientId, secretId.toString(), null);
    return get(clientId);
  }

  @Transactional(readOnly = true)
  public List<Client> list() {
    return jdbc.sql("select client_id from api_client order by created_at, client_id").query(String.class).list()
        .stream().map(this::get).toList();
  }

  @Transactional(readOnly = true)
  public Client get(String clientId) {
    var secrets = jdbc.sql("select secret_id, hint, created_at, created_by, revoked_at from api_client_secret "
            + "where client_id = ? order by created_at")
        .param(clientId).query((rs, n) -> new Secret(rs.getObject(1, UUID.class), rs.getString(2),
            rs.getTimestamp(3).toInstant(), rs.getString(4),
            rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant())).list();
    return jdbc.sql("select client_id, name, role, created_at, created_by from api_client where client_id = ?")
        .param(clientId).query((rs, n) -> new Client(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getTimestamp(4).toInstant(), rs.getString(5), secrets)).optional()
        .orElseThrow(() -> new CaseNotFound("API client", clientId));
  }

  /** The outcome of a secret check: the client's role, and whether the secret is one of its valid ones. */
  record Check(String role, boolean valid) {}

  /** Empty when no client has that id (it may then be a person's user name). */
  @Transactional(readOnly = true)
  Optional<Check> check(String clientId, String secret) {
    return jdbc.sql("select c.role, exists (select 1 from api_client_secret s where s.client_id = c.client_id "
            + "and s.secret_hash = ? and s.revoked_at is null) from api_client c where c.client_id = ?")
        .params(hash(secret), clientId).query((rs, n) -> new Check(rs.getString(1), rs.getBoolean(2))).optional();
  }

  /** A client with a known secret, for demo installations only (the demo's {@code marketplace:marketplace}). */
  @Transactional
  void createWithSecret(String clientId, String name, String role, String secret) {
    insert(clientId, name, role, "demo");
    issue(clientId, secret, "demo");
  }

  @Transactional(readOnly = true)
  boolean exists(String clientId) {
    return jdbc.sql("select count(*) from api_client where client_id = ?").param(clientId).query(Integer.class)
        .single() > 0;
  }

  private void insert(String clientId, String name, String role, String actor) {
    if (jdbc.sql("select count(*) from users where username = ?").param(clientId).query(Integer.class).single() > 0) {
      throw RuleViolation.conflict("user-exists", "A user named " + clientId + " exists.");
    }
    jdbc.sql("insert into api_client (client_id, name, role, created_at, created_by) values (?, ?, ?, ?, ?)")
        .params(clientId, name, role, Timestamp.from(clock.instant()), actor).update();
  }

  private IssuedSecret issue(String clientId, String secret, String actor) {
    UUID secretId = UUID.randomUUID();
    String hint = "…" + secret.substring(Math.max(0, secret.length() - 4));
    jdbc.sql("insert into api_client_secret (secret_id, client_id, secret_hash, hint, created_at, created_by) "
            + "values (?, ?, ?, ?, ?, ?)")
        .params(secretId, clientId, hash(secret), hint, Timestamp.from(clock.instant()), actor).update();
    audit.record(actor, Action.SECRET_CREATED, clientId, null, secretId.toString());
    return new IssuedSecret(clientId, secretId, secret, hint);
  }

  private static byte[] hash(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(int n) {
    byte[] bytes = new byte[n];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
