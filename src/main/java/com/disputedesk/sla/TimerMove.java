package com.disputedesk.sla;

import java.time.Instant;
import java.util.UUID;

/** One running timer and where a policy change moves it: from its start reference by the new duration. */
public record TimerMove(UUID caseId, String jobId, String activityId, Instant startedAt, Instant oldDue,
    Instant newDue) {

  /**
   * Whether the deadline really changes: the engine computes a timer's due date a few milliseconds before it stamps
   * the job's creation (the deadline's start), so dates within a second are the same deadline, not a move.
   */
  public boolean moves() {
    return java.time.Duration.between(oldDue, newDue).abs().compareTo(SAME_DEADLINE) >= 0;
  }

  static final java.time.Duration SAME_DEADLINE = java.time.Duration.ofSeconds(1);
}
