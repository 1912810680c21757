package com.disputedesk.appeal;

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

/** The engine side of appeals: completes the review and feedback tasks and delivers the buyer's messages. */
@Component
class AppealTasks {
  static final String PROCESS_REVIEW = "AppealReviewProcess";
  static final String PROCESS_FEEDBACK = "AppealFeedbackProcess";
  /** The {@code camunda:versionTag} of both appeal models; the dispute model calls the review by it. */
  static final String VERSION_TAG = "2.0";
  static final String TASK_REVIEW = "Task_ReviewAppeal";
  static final String TASK_FEEDBACK = "Task_ReviewFeedback";
  static final String MESSAGE_WITHDRAWN = "Message_AppealWithdrawn";
  static final String MESSAGE_FEEDBACK = "Message_FeedbackReceived";
  static final String OUTCOME = "appealOutcome";
  static final String FEEDBACK_ACTION = "feedbackAction";
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final Worklist worklist;
  private final EngineTimers timers;
  private final ProcessModels models;

  AppealTasks(TaskService tasks, RuntimeService runtime, Worklist worklist, EngineTimers timers,
      ProcessModels models) {
    this.models = models;
    this.timers = timers;
    this.tasks = tasks;
    this.runtime = runtime;
    this.worklist = worklist;
  }

  Optional<WorkItem> open(UUID disputeId, String taskKey) {
    return worklist.openTasksOf(disputeId).stream().filter(t -> taskKey.equals(t.taskKey())).findFirst();
  }

  /** The task of this dispute held by {@code user}; otherwise a 409 saying why not. */
  WorkItem heldBy(UUID disputeId, String taskKey, String user) {
    return worklist.heldBy(disputeId, taskKey, user, TASK_FEEDBACK.equals(taskKey) ? "feedback" : "appeal");
  }

  void completeReview(WorkItem task, AppealOutcome outcome) {
    tasks.complete(task.taskId(), Map.of(OUTCOME, outcome.name()));
  }

  void completeFeedback(WorkItem task, String action) {
    tasks.complete(task.taskId(), Map.of(FEEDBACK_ACTION, action));
  }

  /** When the engine's timer {@code activityId} of this dispute's appeal review fires: the date we show. */
  Optional<Instant> timerDue(UUID disputeId, String activityId) {
    return timers.dueOf(PROCESS_REVIEW, disputeId, activityId);
  }

  void withdrawn(UUID disputeId) {
    runtime.createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey(disputeId.toString())
        .correlate();
  }

  void feedbackReceived(UUID disputeId, UUID appealId) {
    models.startByMessage(MESSAGE_FEEDBACK, PROCESS_FEEDBACK, VERSION_TAG, disputeId.toString(),
        Map.of("appealId", appealId.toString()));
  }
}
