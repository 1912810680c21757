package com.disputedesk.mediation;

import com.disputedesk.common.RuleViolation;
import com.disputedesk.sla.SlaDeadlines;
import com.disputedesk.worklist.WorkItem;
import com.disputedesk.worklist.Worklist;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** The engine side of mediation: completes {@code Task_DecideDispute} and ends evidence rounds. */
@Component
class MediationTasks {
  static final String TASK_DECIDE = "Task_DecideDispute";
  static final String ACTION = "mediationAction";
  static final String MEDIATOR = "mediatorId";
  static final String MESSAGE_EVIDENCE_ANSWERED = "Message_EvidenceAnswered";
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final Worklist worklist;
  private final SlaDeadlines deadlines;

  MediationTasks(TaskService tasks, RuntimeService runtime, Worklist worklist, SlaDeadlines deadlines) {
    this.deadlines = deadlines;
    this.tasks = tasks;
    this.runtime = runtime;
    this.worklist = worklist;
  }

  java.util.Optional<WorkItem> openDecideTask(UUID disputeId) {
    return worklist.openTasksOf(disputeId).stream().filter(t -> TASK_DECIDE.equals(t.taskKey())).findFirst();
  }

  /** The decide task of this dispute, held by {@code mediator}; otherwise a 409 saying why not. */
  WorkItem heldBy(UUID disputeId, String mediator) {
    WorkItem task = worklist.openTasksOf(disputeId).stream()
        .filter(t -> TASK_DECIDE.equals(t.taskKey())).findFirst()
        .orElseThrow(() -> RuleViolation.conflict("no-open-task", "This dispute is not waiting for a mediator."));
    if (!mediator.equals(task.assignee())) {
      throw RuleViolation.conflict("not-claimed", task.assignee() == null
          ? "Claim the dispute before acting on it."
          : "The dispute is claimed by " + task.assignee() + ".");
    }
    return task;
  }

  void complete(WorkItem task, String action, String mediator) {
    tasks.complete(task.taskId(), Map.of(ACTION, action, MEDIATOR, mediator));
  }

  static final String TASK_APPROVE_REVISION = "Task_ApproveRevision";
  static final String MESSAGE_REVISION_PROPOSED = "Message_RevisionProposed";
  static final String TIMER_APPEAL_WINDOW = "Timer_AppealWindowClosed";

  void revisionProposed(UUID disputeId) {
    runtime.createMessageCorrelation(MESSAGE_REVISION_PROPOSED).processInstanceBusinessKey(disputeId.toString())
        .correlate();
  }

  void revisionReviewed(UUID disputeId, String reviewer) {
    worklist.openTasksOf(disputeId).stream().filter(t -> TASK_APPROVE_REVISION.equals(t.taskKey())).findFirst()
        .ifPresent(t -> {
          tasks.setAssignee(t.taskId(), reviewer);
          tasks.complete(t.taskId());
        });
  }

  /**
   * A revised decision restarts the appeal window at {@code revisedAt}: the waiting timer moves to the new end, and a
   * later change of the window's policy is measured from the revision.
   */
  void restartAppealWindow(UUID disputeId, java.time.Instant revisedAt, java.time.Instant newEnd) {
    deadlines.restart("DisputeCaseProcess", disputeId, TIMER_APPEAL_WINDOW, revisedAt, newEnd);
  }


  void evidenceRoundEnded(UUID disputeId) {
    runtime.createMessageCorrelation(MESSAGE_EVIDENCE_ANSWERED).processInstanceBusinessKey(disputeId.toString())
        .correlate();
  }
}
