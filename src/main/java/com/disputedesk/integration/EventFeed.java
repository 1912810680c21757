package com.disputedesk.integration;

import com.disputedesk.common.InvalidInput;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events in commit order for reconciliation. A page only holds events of transactions older than every transaction
 * still running ({@code pg_snapshot_xmin}), ordered by transaction id: an event that commits after a page was read
 * can never sort before that page's cursor, so paging never skips or repeats one.
 */
@Service
public class EventFeed {
  public record EventPage(List<IntegrationEvent> events, String next) {}

  static final int MAX_LIMIT = 500;
  private final JdbcClient jdbc;
  private final ObjectMapper json;

  EventFeed(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Transactional(readOnly = true)
  public EventPage after(String cursor, int limit, List<String> types) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInput("limit", "must be between 1 and " + MAX_LIMIT);
    }
    for (String type : types) {
      if (EventType.byWireName(type).isEmpty()) {
        throw new InvalidInput("types", "unknown event type " + type);
      }
    }
    Cursor from = Cursor.parse(cursor);
    String[] wanted = types.toArray(String[]::new);
    List<Row> rows = jdbc.sql("""
            select tx_id::text, position, body from integration_event
            where (tx_id, position) > (cast(? as xid8), ?) and tx_id < pg_snapshot_xmin(pg_current_snapshot())
              and (cardinality(cast(? as text[])) = 0 or type = any (cast(? as text[])))
            order by tx_id, position limit ?""")
        .params(from.tx(), from.position(), wanted, wanted, limit)
        .query((rs, n) -> new Row(new Cursor(rs.getString(1), rs.getLong(2)), rs.getString(3))).list();
    String next = rows.isEmpty() ? from.encode() : rows.get(rows.size() - 1).cursor().encode();
    return new EventPage(rows.stream().map(r -> read(r.body())).toList(), next);
  }

  private IntegrationEvent read(String body) {
    try {
      return json.readValue(body, IntegrationEvent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored event is not readable", e);
    }
  }

  private record Row(Cursor cursor, String body) {}

  /** Opaque to receivers: the transaction id and position of the last event they have. */
  record Cursor(String tx, long position) {
    static Cursor parse(String text) {
      if (text == null || text.isBlank()) {
        return new Cursor("0", 0);
      }
      try {
        String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split(":");
        if (parts.length == 3 && parts[0].equals("v1") && parts[1].matches("\\d{1,20}")) {
          return new Cursor(parts[1], Long.parseLong(parts[2]));
        }
      } catch (IllegalArgumentException malformed) {
        // answered below
      }
      throw new InvalidInput("after", "is not a cursor from this feed; start without one, or pass the last next");
    }

    String encode() {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(("v1:" + tx + ":" + position)
          .getBytes(StandardCharsets.US_ASCII));
    }
  }
}
