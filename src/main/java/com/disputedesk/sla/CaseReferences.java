package com.disputedesk.sla;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The name of a case whatever module owns it: its order number, listing or party. */
@Service
public class CaseReferences {
  private final List<CaseReference> references;
  private final JdbcClient jdbc;

  CaseReferences(List<CaseReference> references, JdbcClient jdbc) {
    this.references = references;
    this.jdbc = jdbc;
  }

  public Optional<String> of(UUID caseId) {
    for (CaseReference r : references) {
      Optional<String> name = jdbc.sql("select " + r.column() + " from " + r.table() + " where id = ?").param(caseId)
          .query(String.class).optional();
      if (name.isPresent()) {
        return name;
      }
    }
    return Optional.empty();
  }
}
