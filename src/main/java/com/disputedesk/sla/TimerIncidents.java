package com.disputedesk.sla;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/** Timers (and other jobs) that failed after their retries: the lead sees them and retries once fixed. */
@Service
public class TimerIncidents {
  public record Incident(String id, String activityId, String processInstanceId, String jobId, String message,
      Instant at) {}

  private final RuntimeService runtime;
  private final ManagementService management;

  TimerIncidents(RuntimeService runtime, ManagementService management) {
    this.runtime = runtime;
    this.management = management;
  }

  public List<Incident> open() {
    return runtime.createIncidentQuery().incidentType("failedJob").orderByIncidentTimestamp().desc().listPage(0, 200)
        .stream().map(i -> new Incident(i.getId(), i.getActivityId(), i.getProcessInstanceId(), i.getConfiguration(),
            i.getIncidentMessage(), i.getIncidentTimestamp().toInstant()))
        .toList();
  }

  /** Gives the failed job one more try; the job executor picks it up at once. */
  public void retry(String jobId) {
    management.setJobRetries(jobId, 1);
  }
}
