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
}
