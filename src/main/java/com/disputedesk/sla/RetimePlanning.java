package com.disputedesk.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Sums up re-timing page by page (counts, earliest and latest new date, a sample) without holding every move. */
class RetimePlanning {
  private static final int SAMPLE = 20;
  private final SlaPolicy policy;
  private final Instant now;
  private final List<TimerMove> sample = new ArrayList<>();
  private int all;
  private int moving;
  private int overdue;
  private Instant earliest;
  private Instant latest;

  RetimePlanning(SlaPolicy policy, Instant now) {
    this.policy = policy;
    this.now = now;
  }

  void add(TimerMove move) {
    all++;
    if (!move.moves()) {
      return;
    }
    moving++;
    if (!move.newDue().isAfter(now)) {
      overdue++;
    }
    earliest = earliest == null || move.newDue().isBefore(earliest) ? move.newDue() : earliest;
    latest = latest == null || move.newDue().isAfter(latest) ? move.newDue() : latest;
    if (sample.size() < SAMPLE) {
      sample.add(move);
    }
  }

  int moving() {
    return moving;
  }

  RetimePlan result(boolean applied) {
    return new RetimePlan(policy.key(), policy.duration(), policy.calendar(), all, moving, overdue, earliest, latest,
        List.copyOf(sample), applied);
  }
}
