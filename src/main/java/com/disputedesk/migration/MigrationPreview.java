package com.disputedesk.migration;

import com.disputedesk.sla.TimerMove;
import java.util.List;

/**
 * The dry run: how many instances wait where, how each activity maps, what fails validation and why, and timers
 * whose due date the move changes. {@code ready} when nothing blocks the move.
 */
public record MigrationPreview(String processKey, Model from, Model to, long instances, List<ActivityMapping> activities,
    long blockedInstances, List<String> failures, List<TimerChange> timers) {

  public record Model(String definitionId, int version, String versionTag) {}

  /** ONE_TO_ONE (same id in the target), EXPLICIT (mapped in the request), NEEDS_MAPPING, FAILS (with reason). */
  public enum Mapping { ONE_TO_ONE, EXPLICIT, NEEDS_MAPPING, FAILS }

  public record ActivityMapping(String activityId, String name, long instances, Mapping mapping,
      String targetActivityId, String problem) {}

  /** A timer the target model times by another policy: its running jobs move to that policy's due dates. */
  public record TimerChange(String activityId, String targetActivityId, String fromPolicy, String toPolicy,
      int running, List<TimerMove> sample) {}

  public boolean ready() {
    return failures.isEmpty() && blockedInstances == 0;
  }
}
