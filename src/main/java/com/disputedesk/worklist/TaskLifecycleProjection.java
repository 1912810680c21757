package com.disputedesk.worklist;

import com.disputedesk.sla.SlaPolicies;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/** Keeps {@code worklist_item} in step with every user task, inside the engine's own transaction. */
@Component
class TaskLifecycleProjection implements TaskListener {
  private final WorklistRepository rows;
  private final Worklist worklist;
  private final SlaPolicies policies;
  private final Clock clock;

  TaskLifecycleProjection(WorklistRepository rows, Worklist worklist, SlaPolicies policies, Clock clock) {
    this.rows = rows;
    this.worklist = worklist;
    this.policies = policies;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> created(task);
      case EVENTNAME_ASSIGNMENT -> assigned(task);
      case EVENTNAME_COMPLETE, EVENTNAME_DELETE -> rows.delete(task.getId());
      default -> { }
    }
  }

  private void created(DelegateTask task) {
    String caseType = task.getProcessDefinitionId().split(":")[0];
    if (!worklist.owns(caseType)) {
      return;
    }
    UUID caseId = UUID.fromString(task.getExecution().getProcessBusinessKey());
    String group = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId()).findFirst().orElse(null);
    CaseSummary summary = worklist.summarize(caseType, caseId, task.getTaskDefinitionKey()).orElseThrow();
    rows.insert(task.getId(), caseId, caseType, task.getTaskDefinitionKey(), task.getProcessInstanceId(), group,
        null, summary, clock.instant());
    if (task.getAssignee() != null) {
      assigned(task);
    }
  }

  private void assigned(DelegateTask task) {
    Instant now = clock.instant();
    String assignee = task.getAssignee();
    rows.assign(task.getId(), assignee, assignee == null ? null : now,
        assignee == null ? null : policies.dueFrom(WorkClaims.LEASE_POLICY, now));
  }
}
