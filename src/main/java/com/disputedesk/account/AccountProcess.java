package com.disputedesk.account;

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

/** The engine side of an account review. */
@Component
class AccountProcess {
  /** The {@code camunda:versionTag} of the model this code drives. */
  static final String VERSION_TAG = "2.0";
  static final String KEY = "AccountReviewProcess";
  static final String TASK_FRAUD = "Task_ReviewFraudFlag";
  static final String TASK_REACTIVATION = "Task_ReviewReactivation";
  private final RuntimeService runtime;
  private final ProcessModels models;
  private final TaskService tasks;
  private final EngineTimers timers;
  private final Worklist worklist;

  AccountProcess(RuntimeService runtime, ProcessModels models, TaskService tasks, EngineTimers timers, Worklist worklist) {
    this.runtime = runtime;
    this.models = models;
    this.tasks = tasks;
    this.timers = timers;
    this.worklist = worklist;
  }

  void start(UUID reviewId, AccountReview.Trigger trigger) {
    models.start(KEY, VERSION_TAG, reviewId.toString(), Map.of("trigger", trigger.name()));
  }

  void appealFiled(UUID reviewId) {
    runtime.createMessageCorrelation("Message_ReactivationAppealFiled")
        .processInstanceBusinessKey(reviewId.toString()).correlate();
  }

  /** The engine's review deadline (whichever review timer is running), to show exactly that date. */
  Optional<Instant> reviewDue(UUID reviewId) {
    return timers.dueOf(KEY, reviewId, null);
  }

  WorkItem heldBy(UUID reviewId, String taskKey, String reviewer) {
    return worklist.heldBy(reviewId, taskKey, reviewer, "account review");
  }

  void complete(WorkItem task, String decision) {
    tasks.complete(task.taskId(), Map.of("accountDecision", decision));
  }
}
