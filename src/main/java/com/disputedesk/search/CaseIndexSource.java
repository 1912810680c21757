package com.disputedesk.search;

import java.util.List;
import java.util.UUID;

/** Implemented by each module that owns cases: states its cases for the search index. */
public interface CaseIndexSource {

  /**
   * This module's cases a step recorded under {@code caseId} may have changed (the case itself, an appeal whose
   * steps are recorded under its dispute), as they stand in the current transaction; empty if none.
   */
  List<IndexedCase> touchedBy(UUID caseId);

  /** Every case id this module owns, for building the index from scratch; ordered, from {@code after} on. */
  List<UUID> caseIds(UUID after, int limit);

  /** {@link #caseIds} over a table of ours whose primary key {@code id} is the case id. */
  static List<UUID> idsAfter(org.springframework.jdbc.core.simple.JdbcClient jdbc, String table, UUID after,
      int limit) {
    return jdbc.sql("select id from " + table + " where id > coalesce(?, '00000000-0000-0000-0000-000000000000'::uuid)"
        + " order by id limit ?").params(after, limit).query(UUID.class).list();
  }
}
