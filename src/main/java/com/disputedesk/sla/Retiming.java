package com.disputedesk.sla;

import com.disputedesk.timeline.CaseTimeline;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-times running timers to a policy: each timer's new due date is its start (when the timer was created) plus the
 * policy's duration on its calendar. Timers are read page by page in job id order, so every pass is linear in the
 * number of timers, and the preview computes exactly what applying does.
 */
@Service
public class Retiming {
  static final int PAGE = 500;
  private final RunningTimers timers;
  private final TimerPolicies timerPolicies;
  private final SlaDeadlines deadlines;
  private final SlaPolicies policies;
  private final BusinessCalendar calendar;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;
  private final JdbcClient jdbc;
  private final Clock clock;

  Retiming(RunningTimers timers, TimerPolicies timerPolicies, SlaDeadlines deadlines, SlaPolicies policies, BusinessCalendar calendar, CaseTimeline timeline,
      ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
    this.timers = timers;
    this.timerPolicies = timerPolicies;
    this.deadlines = deadlines;
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
    return preview(policies.get(key));
  }

  /** What a proposed duration and calendar would do to running timers, before anything is saved. */
  @Transactional(readOnly = true)
  public RetimePlan preview(String key, String duration, SlaCalendar newCalendar) {
    SlaPolicy.validate(duration, newCalendar);
    SlaPolicy current = policies.get(key);
    return preview(new SlaPolicy(key, duration, newCalendar, current.description(), null, null));
  }

  /** Moves every running timer of the policy to its due date under the current policy, and records it. */
  @Transactional
  public RetimePlan apply(String key, String actor) {
    SlaPolicy policy = policies.get(key);
    var plan = new RetimePlanning(policy, clock.instant());
    String after = null;
    for (List<TimerMove> page = moves(policy, null); !page.isEmpty(); page = moves(policy, after)) {
      after = page.get(page.size() - 1).jobId();
      List<TimerMove> moving = page.stream().filter(TimerMove::moves).toList();
      move(policy, moving, actor);
      page.forEach(plan::add);
    }
    audit(policy, actor, plan.moving());
    return plan.result(true);
  }

  /** One page of a run: moves the timers after {@code afterJobId} that are not where the policy puts them. */
  @Transactional
  public PageMoved applyPage(String key, String actor, String afterJobId) {
    SlaPolicy policy = policies.get(key);
    List<TimerMove> page = moves(policy, afterJobId);
    if (page.isEmpty()) {
      return new PageMoved(afterJobId, 0, true);
    }
    List<TimerMove> moving = page.stream().filter(TimerMove::moves).toList();
    move(policy, moving, actor);
    return new PageMoved(page.get(page.size() - 1).jobId(), moving.size(), false);
  }

  /** What a page of a run did: the last job id it read, how many timers it moved, whether no timers were left. */
  public record PageMoved(String lastJobId, int moved, boolean end) {}

  /** Timer activity id → the policy timing it, in one deployed process definition (any version). */
  public Map<String, String> timerPoliciesOf(String processDefinitionId) {
    return timerPolicies.of(processDefinitionId);
  }

  /** When a running timer's deadline began: its job's creation, or a recorded restart. */
  @Transactional(readOnly = true)
  public java.util.Optional<Instant> deadlineStart(String jobId) {
    return timers.job(jobId).map(RunningTimers.Timer::startedAt);
  }

  /** Where a running timer's deadline falls under {@code policyKey}, measured from the deadline's start. */
  @Transactional(readOnly = true)
  public java.util.Optional<TimerMove> underPolicy(String jobId, String policyKey) {
    SlaPolicy policy = policies.get(policyKey);
    return timers.job(jobId).map(t -> new TimerMove(t.caseId(), t.jobId(), t.activityId(), t.startedAt(), t.due(),
        policy.dueFrom(t.startedAt(), calendar)));
  }

  /**
   * Puts a running timer at its deadline under {@code policyKey} (a case moved to a model timing it by another
   * policy) and tells the timer's owners its date, also when the engine already created it there.
   */
  @Transactional
  public java.util.Optional<TimerMove> followPolicy(String jobId, String policyKey, Instant startedAt, String actor) {
    if (startedAt != null) { // the engine re-created the timer: its deadline still began when the old one did
      deadlines.recordStart(jobId, startedAt);
    }
    var move = underPolicy(jobId, policyKey);
    move.ifPresent(m -> {
      if (m.moves()) {
        move(policies.get(policyKey), List.of(m), actor);
      } else {
        events.publishEvent(new SlaTimersRetimed(policyKey, List.of(m)));
      }
    });
    return move;
  }

  @Transactional
  public void audit(String key, String actor, int moved) {
    audit(policies.get(key), actor, moved);
  }

  private RetimePlan preview(SlaPolicy policy) {
    var plan = new RetimePlanning(policy, clock.instant());
    String after = null;
    for (List<TimerMove> page = moves(policy, null); !page.isEmpty(); page = moves(policy, after)) {
      after = page.get(page.size() - 1).jobId();
      page.forEach(plan::add);
    }
    return plan.result(false);
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
    if (!moves.isEmpty()) {
      events.publishEvent(new SlaTimersRetimed(policy.key(), moves));
    }
  }

  /**
   * Records a re-timing. Right after its own change ("Save and re-time") it completes that change's history row
   * instead of writing a second one; a re-timing on its own gets its row.
   */
  private void audit(SlaPolicy policy, String actor, int moved) {
    int completed = jdbc.sql("""
            update sla_policy_change set timers_moved = ? where id = (
              select max(id) from sla_policy_change where policy_key = ?)
            and changed_by = ? and new_duration = ? and new_calendar = ? and timers_moved = 0
            and old_duration || old_calendar <> new_duration || new_calendar""")
        .params(moved, policy.key(), actor, policy.duration(), policy.calendar().name()).update();
    if (completed == 1) {
      return;
    }
    jdbc.sql("""
            insert into sla_policy_change (policy_key, old_duration, old_calendar, new_duration, new_calendar,
              changed_by, changed_at, timers_moved) values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(policy.key(), policy.duration(), policy.calendar().name(), policy.duration(), policy.calendar().name(),
            actor, Timestamp.from(clock.instant()), moved)
        .update();
  }

  private List<TimerMove> moves(SlaPolicy policy, String afterJobId) {
    List<TimerMove> moves = new ArrayList<>();
    for (var t : timers.page(policy.key(), afterJobId, PAGE)) {
      moves.add(new TimerMove(t.caseId(), t.jobId(), t.activityId(), t.startedAt(), t.due(),
          policy.dueFrom(t.startedAt(), calendar)));
    }
    return moves;
  }
}
