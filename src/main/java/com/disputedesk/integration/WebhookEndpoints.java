package com.disputedesk.integration;

import com.disputedesk.common.CaseNotFound;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.SafeText;
import com.disputedesk.security.AccessAudit;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers webhook endpoints; their secrets are shown once, and a rotated secret keeps signing for an overlap. */
@Service
public class WebhookEndpoints {
  public record IssuedWebhookSecret(UUID id, String secret, WebhookEndpoint endpoint) {}

  public record EndpointChanges(String url, String description, List<String> eventTypes, Boolean enabled) {}

  static final int MAX_ENDPOINTS = 50;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String COLUMNS = "id, url, description, event_types, enabled, disabled_reason, disabled_at, "
      + "failing_since, previous_secret_until, created_at, created_by, updated_at";
  private final JdbcClient jdbc;
  private final EndpointAddresses addresses;
  private final AccessAudit audit;
  private final Clock clock;
  private final Duration overlap;

  WebhookEndpoints(JdbcClient jdbc, EndpointAddresses addresses, AccessAudit audit, Clock clock,
      @Value("${disputedesk.webhooks.secret-overlap:PT24H}") Duration overlap) {
    this.jdbc = jdbc;
    this.addresses = addresses;
    this.audit = audit;
    this.clock = clock;
    this.overlap = overlap;
  }

  @Transactional(readOnly = true)
  public List<WebhookEndpoint> list() {
    return jdbc.sql("select " + COLUMNS + " from webhook_endpoint order by created_at").query(WebhookEndpoints::map)
        .list();
  }

  @Transactional(readOnly = true)
  public WebhookEndpoint get(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from webhook_endpoint where id = ?").param(id)
        .query(WebhookEndpoints::map).optional().orElseThrow(() -> new CaseNotFound("webhook endpoint", id));
  }

  @Transactional
  public IssuedWebhookSecret create(String url, String description, List<String> eventTypes, String admin) {
    String checked = addresses.check(url).toString();
    String[] types = types(eventTypes);
    String text = description(description);
    if (jdbc.sql("select count(*) from webhook_endpoint").query(Integer.class).single() >= MAX_ENDPOINTS) {
      throw com.disputedesk.common.RuleViolation.conflict("too-many-endpoints", "At most " + MAX_ENDPOINTS
          + " webhook endpoints; delete one you no longer use.");
    }
    UUID id = UUID.randomUUID();
    String secret = newSecret();
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql("""
            insert into webhook_endpoint (id, url, description, event_types, enabled, secret, created_at, created_by,
              updated_at) values (?, ?, ?, ?, true, ?, ?, ?, ?)""")
        .params(id, checked, text, types, secret, now, admin, now).update();
    audit.record(admin, AccessAudit.Action.WEBHOOK_CREATED, checked, null, String.join(",", types));
    return new IssuedWebhookSecret(id, secret, get(id));
  }

  @Transactional
  public WebhookEndpoint change(UUID id, EndpointChanges changes, String admin) {
    WebhookEndpoint before = get(id);
    String url = changes.url() == null ? before.url() : addresses.check(changes.url()).toString();
    String[] types = changes.eventTypes() == null ? before.eventTypes().toArray(String[]::new)
        : types(changes.eventTypes());
    String text = changes.description() == null ? before.description() : description(changes.description());
    boolean enabled = changes.enabled() == null ? before.enabled() : changes.enabled();
    boolean reenabled = enabled && !before.enabled();
    jdbc.sql("""
            update webhook_endpoint set url = ?, description = ?, event_types = ?, enabled = ?, updated_at = ?,
              disabled_reason = case when ? then null when not ? and enabled then ? else disabled_reason end,
              disabled_at = case when ? then null when not ? and enabled then ? else disabled_at end,
              failing_since = case when ? then null else failing_since end
            where id = ?""")
        .params(url, text, types, enabled, Timestamp.from(clock.instant()), reenabled, enabled,
            "Disabled by " + admin, reenabled, enabled, Timestamp.from(clock.instant()), reenabled, id).update();
    audit.record(admin, AccessAudit.Action.WEBHOOK_CHANGED, url, describe(before),
        describe(get(id)));
    return get(id);
  }

  @Transactional
  public IssuedWebhookSecret rotateSecret(UUID id, String admin) {
    WebhookEndpoint endpoint = get(id);
    String secret = newSecret();
    jdbc.sql("""
            update webhook_endpoint set previous_secret = secret, previous_secret_until = ?, secret = ?,
              updated_at = ? where id = ?""")
        .params(Timestamp.from(clock.instant().plus(overlap)), secret, Timestamp.from(clock.instant()), id).update();
    audit.record(admin, AccessAudit.Action.WEBHOOK_SECRET_ROTATED, endpoint.url(), null, null);
    return new IssuedWebhookSecret(id, secret, get(id));
  }

  @Transactional
  public void delete(UUID id, String admin) {
    WebhookEndpoint endpoint = get(id);
    jdbc.sql("delete from webhook_endpoint where id = ?").param(id).update();
    audit.record(admin, AccessAudit.Action.WEBHOOK_DELETED, endpoint.url(), describe(endpoint), null);
  }

  /** The secrets a delivery is signed with now: the current one, and the previous one during its overlap. */
  List<String> signingSecrets(UUID id, Instant now) {
    return jdbc.sql("select secret, previous_secret, previous_secret_until from webhook_endpoint where id = ?")
        .param(id).query((rs, n) -> {
          Timestamp until = rs.getTimestamp(3);
          return rs.getString(2) != null && until != null && until.toInstant().isAfter(now)
              ? List.of(rs.getString(1), rs.getString(2)) : List.of(rs.getString(1));
        }).optional().orElse(List.of());
  }

  private static String describe(WebhookEndpoint e) {
    return e.url() + " " + (e.enabled() ? "enabled" : "disabled") + " "
        + (e.eventTypes().isEmpty() ? "all types" : String.join(",", e.eventTypes()));
  }

  private static String[] types(List<String> eventTypes) {
    if (eventTypes == null) {
      return new String[0];
    }
    for (String type : eventTypes) {
      if (type == null || EventType.byWireName(type).isEmpty()) {
        throw new InvalidInput("eventTypes", "unknown event type " + type + "; known: " + Arrays.stream(
            EventType.values()).map(EventType::wireName).toList());
      }
    }
    return eventTypes.stream().distinct().sorted().toArray(String[]::new);
  }

  private static String description(String text) {
    String accepted = text == null || text.isBlank() ? null : SafeText.accept("description", text.strip());
    if (accepted != null && accepted.length() > 200) {
      throw new InvalidInput("description", "must be at most 200 characters");
    }
    return accepted;
  }

  private static String newSecret() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return "whsec_" + Base64.getEncoder().encodeToString(key);
  }

  private static WebhookEndpoint map(ResultSet rs, int n) throws SQLException {
    Array types = rs.getArray("event_types");
    return new WebhookEndpoint(rs.getObject("id", UUID.class), rs.getString("url"), rs.getString("description"),
        List.of((String[]) types.getArray()), rs.getBoolean("enabled"), rs.getString("disabled_reason"),
        instant(rs, "disabled_at"), instant(rs, "failing_since"), instant(rs, "previous_secret_until"),
        instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "updated_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
