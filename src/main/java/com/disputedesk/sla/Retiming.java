package com.disputedesk.sla;

import com.disputedesk.timeline.CaseTimeline;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-times running timers to a policy: each timer's new due date is its start (when the timer was created) plus the
 * policy's duration on its calendar. The preview computes exactly what applying does.
 */
@Service
public class Retiming {
  private static final int SAMPLE = 20;
  private final RunningTimers timers;
  private final SlaPolicies policies;
  private final BusinessCalendar calendar;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;
  private final JdbcClient jdbc;
  private final Clock clock;

  Retiming(RunningTimers timers, SlaPolicies policies, BusinessCalendar calendar, CaseTimeline timeline,
      ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
    this.timers = timers;
    this.policies = policies;
    this.calendar = calendar;
    this.timeline = timeline;
    this.events = events;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The BPMN timers a policy times, for the policies screen. */
  public List<String> usedBy(String key) {
    return timers.activitiesOf(key);
  }

  /** How many running timers a policy times (cheap: a count, no due dates computed). */
  @Transactional(readOnly = true)
  public long running(String key) {
    return timers.count(key);
  }

  /** What applying the current policy to running timers would do. */
  @Transactional(readOnly = true)
  public RetimePlan preview(String key) {
    SlaPolicy policy = policies.get(key);
    return plan(policy, moves(policy), false);
  }

  /** What a proposed duration and calendar would do to running timers, before anything is saved. */
  @Transactional(readOnly = true)
  public RetimePlan preview(String key, String duration, SlaCalendar newCalendar) {
    SlaPolicy.validate(duration, newCalendar);
    SlaPolicy current = policies.get(key);
    SlaPolicy proposed = new SlaPolicy(key, duration, newCalendar, current.description(), null, null);
    return plan(proposed, moves(proposed), false);
  }

  /** Moves every running timer of the policy to its due date under the current policy, and records it. */
  @Transactional
  public RetimePlan apply(String key, String actor) {
    SlaPolicy policy = policies.get(key);
    List<TimerMove> moves = moves(policy).stream().filter(TimerMove::moves).toList();
    move(policy, moves, actor);
    audit(policy, actor, moves.size());
    return plan(policy, moves, true);
  }

  /** Moves at most {@code limit} timers that are not yet where the policy puts them; 0 when all are. */
  @Transactional
  public int applyBatch(String key, String actor, int limit) {
    SlaPolicy policy = policies.get(key);
    List<TimerMove> moves = moves(policy).stream().filter(TimerMove::moves).limit(limit).toList();
    move(policy, moves, actor);
    return moves.size();
  }

  @Transactional
  public void audit(String key, String actor, int moved) {
    audit(policies.get(key), actor, moved);
  }

  private void move(SlaPolicy policy, List<TimerMove> moves, String actor) {
    for (TimerMove move : moves) {
      timers.move(move.jobId(), move.newDue());
      if (move.caseId() != null) {
        timeline.record(move.caseId(), "SLA_RETIMED", actor, "OPS_LEAD", "Deadline " + policy.key() + " re-timed from "
            + move.oldDue() + " to " + move.newDue() + " (policy now " + policy.duration() + ", "
            + policy.calendar() + ")", Map.of("policy", policy.key(), "oldDue", move.oldDue().toString(),
                "newDue", move.newDue().toString()));
      }
    }
    events.publishEvent(new SlaTimersRetimed(policy.key(), moves));
  }

  private void audit(SlaPolicy policy, String actor, int moved) {
    jdbc.sql("""
            insert into sla_policy_change (policy_key, old_duration, old_calendar, new_duration, new_calendar,
              changed_by, changed_at, timers_moved) values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(policy.key(), policy.duration(), policy.calendar().name(), policy.duration(), policy.calendar().name(),
            actor, Timestamp.from(clock.instant()), moved)
        .update();
  }

  private List<TimerMove> moves(SlaPolicy policy) {
    return timers.of(policy.key()).stream()
        .map(t -> new TimerMove(t.caseId(), t.jobId(), t.activityId(), t.startedAt(), t.due(),
            policy.dueFrom(t.startedAt(), calendar)))
        .toList();
  }

  private RetimePlan plan(SlaPolicy policy, List<TimerMove> all, boolean applied) {
    Instant now = clock.instant();
    List<TimerMove> moving = all.stream().filter(TimerMove::moves).toList();
    return new RetimePlan(policy.key(), policy.duration(), policy.calendar(), all.size(), moving.size(),
        (int) moving.stream().filter(m -> !m.newDue().isAfter(now)).count(),
        moving.stream().map(TimerMove::newDue).min(Comparator.naturalOrder()).orElse(null),
        moving.stream().map(TimerMove::newDue).max(Comparator.naturalOrder()).orElse(null),
        moving.stream().limit(SAMPLE).toList(), applied);
  }
}
