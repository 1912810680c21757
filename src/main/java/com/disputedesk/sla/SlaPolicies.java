package com.disputedesk.sla;

import com.disputedesk.common.CaseNotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA policies, read at the moment a deadline starts. Exposed to BPMN as {@code slaPolicies}: timers call
 * {@link #dueDate(String, VariableScope)}, so a changed policy applies to every timer created after the change.
 */
@Service("slaPolicies")
public class SlaPolicies {
  private final SlaPolicyStore store;
  private final BusinessCalendar calendar;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  SlaPolicies(SlaPolicyStore store, BusinessCalendar calendar, Clock clock, ApplicationEventPublisher events) {
    this.store = store;
    this.calendar = calendar;
    this.clock = clock;
    this.events = events;
  }

  /** For BPMN timer expressions: the policy's due date counted from now (the engine's clock). */
  public Date dueDate(String key, VariableScope execution) {
    return Date.from(dueFrom(key, clock.instant()));
  }

  public Instant dueFrom(String key, Instant start) {
    return get(key).dueFrom(start, calendar);
  }

  public SlaPolicy get(String key) {
    return store.find(key).orElseThrow(() -> new CaseNotFound("SLA policy", key));
  }

  public List<SlaPolicy> all() {
    return store.all();
  }

  /** The newest audited changes and re-timings, all policies. */
  public List<PolicyChange> history(int limit) {
    return store.history(limit);
  }

  /** Changes a policy for new timers at once; running timers keep their due date until re-timed. */
  @Transactional
  public SlaPolicy update(String key, String duration, SlaCalendar newCalendar, String actor) {
    SlaPolicy.validate(duration, newCalendar);
    SlaPolicy old = get(key);
    Instant now = clock.instant();
    store.update(key, duration, newCalendar, actor, now);
    store.audit(old, duration, newCalendar, actor, now);
    events.publishEvent(new SlaPolicyChanged(key, old.duration(), old.calendar(), duration, newCalendar, actor, now));
    return get(key);
  }
}
