package com.disputedesk.worklist;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Something a person holds or waits on outside the queues' claims: evidence they asked for, a revision they
 * proposed. {@code state} is a code the workspace shows as words; {@code news} marks an answer that arrived.
 */
public record HeldCase(UUID caseId, String route, String name, String state, boolean news, Instant since) {

  /** Modules whose people wait on cases say which, for "My work". */
  public interface Source {
    List<HeldCase> of(String user);
  }
}
