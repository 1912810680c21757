package com.disputedesk.sla;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * The due date of a case's running engine timer. A module that shows a deadline stores exactly this, since the
 * engine computes its timer a few milliseconds after the module computed its own.
 */
@Component
public class EngineTimers {
  private final RuntimeService runtime;
  private final ManagementService management;

  EngineTimers(RuntimeService runtime, ManagementService management) {
    this.runtime = runtime;
    this.management = management;
  }

  /** {@code activityId}: the timer's BPMN id; null for whichever timer of the case is running. */
  public Optional<Instant> dueOf(String processKey, UUID caseId, String activityId) {
    return jobsOf(processKey, caseId, activityId).stream().map(job -> job.getDuedate().toInstant()).findFirst();
  }

  /** The case's running timer jobs at {@code activityId} (any activity when null). */
  List<Job> jobsOf(String processKey, UUID caseId, String activityId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(caseId.toString()).list().stream()
        .flatMap(pi -> {
          var jobs = management.createJobQuery().processInstanceId(pi.getId()).timers();
          return (activityId == null ? jobs : jobs.activityId(activityId)).list().stream();
        })
        .toList();
  }
}
