package com.disputedesk.sla;

import java.time.Instant;
import java.util.UUID;

/** One running timer and where a policy change moves it: from its start reference by the new duration. */
public record TimerMove(UUID caseId, String jobId, String activityId, Instant startedAt, Instant oldDue,
    Instant newDue) {

  public boolean moves() {
    return !oldDue.equals(newDue);
  }
}
