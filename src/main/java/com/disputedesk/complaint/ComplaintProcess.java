package com.disputedesk.complaint;

import com.disputedesk.common.ProcessModels;
import com.disputedesk.sla.EngineTimers;
import com.disputedesk.worklist.WorkItem;
import com.disputedesk.worklist.Worklist;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** The engine side of a complaint case: starts it, delivers the accused's answer, completes the reviewer's task. */
@Component
class ComplaintProcess {
  /** The {@code camunda:versionTag} of the model this code drives. */
  static final String VERSION_TAG = "2.0";
  static final String KEY = "ComplaintCaseProcess";
  static final String TASK_DECIDE = "Task_DecideComplaint";
  static final String TIMER_RESPONSE = "Timer_ResponseOverdue";
  private final RuntimeService runtime;
  private final ProcessModels models;
  private final TaskService tasks;
  private final EngineTimers timers;
  private final Worklist worklist;

  ComplaintProcess(RuntimeService runtime, ProcessModels models, TaskService tasks, EngineTimers timers, Worklist worklist) {
    this.runtime = runtime;
    this.models = models;
    this.tasks = tasks;
    this.timers = timers;
    this.worklist = worklist;
  }

  void start(UUID caseId) {
    models.start(KEY, VERSION_TAG, caseId.toString(), Map.of());
  }

  void answered(UUID caseId) {
    runtime.createMessageCorrelation("Message_ComplaintAnswered").processInstanceBusinessKey(caseId.toString())
        .correlate();
  }

  /** The engine's response deadline, to show exactly that date. */
  Optional<Instant> responseDue(UUID caseId) {
    return timers.dueOf(KEY, caseId, TIMER_RESPONSE);
  }

  WorkItem heldBy(UUID caseId, String reviewer) {
    return worklist.heldBy(caseId, TASK_DECIDE, reviewer, "complaint");
  }

  /** {@code RESOLVED} ends the case; {@code CANCELLATION_NOTICE} opens a second response period. */
  void complete(WorkItem task, String decision) {
    tasks.complete(task.taskId(), Map.of("complaintDecision", decision));
  }
}
