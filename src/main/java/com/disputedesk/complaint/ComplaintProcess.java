package com.disputedesk.complaint;

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
  static final String KEY = "ComplaintCaseProcess";
  static final String TASK_DECIDE = "Task_DecideComplaint";
  static final String TIMER_RESPONSE = "Timer_ResponseOverdue";
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final EngineTimers timers;
  private final Worklist worklist;

  ComplaintProcess(RuntimeService runtime, TaskService tasks, EngineTimers timers, Worklist worklist) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.timers = timers;
    this.worklist = worklist;
  }

  void start(UUID caseId) {
    runtime.startProcessInstanceByKey(KEY, caseId.toString());
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
