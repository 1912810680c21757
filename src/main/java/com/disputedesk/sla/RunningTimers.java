package com.disputedesk.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The engine side of re-timing: finds a policy's running timer jobs, each with the start of its deadline (the job's
 * creation, or a recorded restart), and moves their due dates.
 */
@Component
class RunningTimers {
  record Timer(String jobId, String activityId, UUID caseId, Instant startedAt, Instant due) {}

  private final ManagementService management;
  private final RuntimeService runtime;
  private final List<SlaTimer> bindings;
  private final SlaDeadlines deadlines;

  RunningTimers(ManagementService management, RuntimeService runtime, List<SlaTimer> bindings,
      SlaDeadlines deadlines) {
    this.management = management;
    this.runtime = runtime;
    this.bindings = bindings;
    this.deadlines = deadlines;
  }

  List<String> activitiesOf(String key) {
    return bindings.stream().filter(b -> b.policyKey().equals(key)).map(SlaTimer::activityId).toList();
  }

  List<Timer> of(String key) {
    List<Timer> timers = new ArrayList<>();
    for (SlaTimer binding : bindings) {
      if (!binding.policyKey().equals(key)) {
        continue;
      }
      List<Job> jobs = management.createJobQuery().timers().processDefinitionKey(binding.processDefinitionKey())
          .activityId(binding.activityId()).list();
      Map<String, UUID> caseIds = caseIds(jobs);
      Map<String, Instant> restarts = deadlines.restartsOf(jobs.stream().map(Job::getId).toList());
      for (Job job : jobs) {
        timers.add(new Timer(job.getId(), binding.activityId(), caseIds.get(job.getProcessInstanceId()),
            restarts.getOrDefault(job.getId(), job.getCreateTime().toInstant()), job.getDuedate().toInstant()));
      }
    }
    return timers;
  }

  long count(String key) {
    return bindings.stream().filter(b -> b.policyKey().equals(key))
        .mapToLong(b -> management.createJobQuery().timers().processDefinitionKey(b.processDefinitionKey())
            .activityId(b.activityId()).count())
        .sum();
  }

  void move(String jobId, Instant due) {
    management.setJobDuedate(jobId, java.util.Date.from(due));
  }

  private Map<String, UUID> caseIds(List<Job> jobs) {
    Map<String, UUID> ids = new HashMap<>();
    List<String> instances = new ArrayList<>(new HashSet<>(jobs.stream().map(Job::getProcessInstanceId).toList()));
    for (int from = 0; from < instances.size(); from += 1000) {
      var chunk = new HashSet<>(instances.subList(from, Math.min(instances.size(), from + 1000)));
      for (ProcessInstance pi : runtime.createProcessInstanceQuery().processInstanceIds(chunk).list()) {
        ids.put(pi.getId(), UUID.fromString(pi.getBusinessKey()));
      }
    }
    return ids;
  }
}
