package com.disputedesk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The integration events stored for a case, as a receiver will get them: types in sequence order, and bodies. */
@TestComponent
public class IntegrationEvents {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final JdbcClient jdbc;

  IntegrationEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<String> types(UUID caseId) {
    return jdbc.sql("select type from integration_event where case_id = ? order by case_sequence").param(caseId)
        .query(String.class).list();
  }

  /** The {@code data} of the case's last event of {@code type}. */
  public JsonNode data(UUID caseId, String type) {
    String body = jdbc.sql("select body from integration_event where case_id = ? and type = ? "
        + "order by case_sequence desc limit 1").params(caseId, type).query(String.class).single();
    try {
      return JSON.readTree(body).path("data");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The data of every event of {@code type} about {@code partyId} (account events: their case is the review). */
  public List<JsonNode> aboutParty(String type, String partyId) {
    return jdbc.sql("select body from integration_event where type = ? and body::jsonb -> 'data' ->> 'partyId' = ? "
        + "order by position").params(type, partyId).query(String.class).list().stream().map(b -> {
          try {
            return JSON.readTree(b).path("data");
          } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
          }
        }).toList();
  }
}
