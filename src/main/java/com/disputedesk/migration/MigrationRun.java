package com.disputedesk.migration;

import java.time.Instant;
import java.util.UUID;

/**
 * A move in progress or done: {@code moved} cases are on the target version (their timeline, queue rows and deadlines
 * followed), {@code failed} batch jobs wait in Cockpit's incidents with the engine's reason.
 */
public record MigrationRun(UUID id, String processKey, int fromVersion, int toVersion, String requestedBy,
    Instant startedAt, int total, int moved, int failed, Status status) {

  public enum Status { RUNNING, FINISHED, FAILED }
}
