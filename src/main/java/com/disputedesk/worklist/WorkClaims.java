package com.disputedesk.worklist;

import com.disputedesk.sla.SlaPolicies;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claiming is a lease of {@code claim-lease}: acting on the task renews it; an idle claim goes back to the queue.
 * Of two people claiming at once, the engine's optimistic lock lets exactly one win.
 */
@Service
public class WorkClaims {
  static final String LEASE_POLICY = "claim-lease";
  private final TaskService tasks;
  private final WorklistRepository rows;
  private final SlaPolicies policies;
  private final com.disputedesk.timeline.CaseTimeline timeline;
  private final Clock clock;

  WorkClaims(TaskService tasks, WorklistRepository rows, SlaPolicies policies,
      com.disputedesk.timeline.CaseTimeline timeline, Clock clock) {
    this.timeline = timeline;
    this.tasks = tasks;
    this.rows = rows;
    this.policies = policies;
    this.clock = clock;
  }

  @Transactional
  public WorkItem claim(String taskId, String user) {
    WorkItem item = rows.find(taskId).orElseThrow(() -> new ClaimLost(null, "This task is no longer open."));
    if (item.assignee() != null && !item.assignee().equals(user)) {
      throw new ClaimLost(item.assignee(), "Already claimed by " + item.assignee() + ".");
    }
    try {
      tasks.claim(taskId, user);
    } catch (TaskAlreadyClaimedException e) {
      throw new ClaimLost(e.getTaskAssignee(), "Already claimed by " + e.getTaskAssignee() + ".");
    } catch (OptimisticLockingException e) {
      throw new ClaimLost(null, "Someone else claimed this task a moment ago.");
    }
    renewLease(taskId, user);
    timeline.record(item.caseId(), "CLAIMED", user, actorRole(item), "Claimed by " + user,
        java.util.Map.of("taskId", taskId));
    return rows.find(taskId).orElseThrow();
  }

  @Transactional
  public void unclaim(String taskId, String user) {
    WorkItem item = rows.find(taskId).orElseThrow(() -> new ClaimLost(null, "This task is no longer open."));
    if (user.equals(item.assignee())) {
      tasks.setAssignee(taskId, null);
      timeline.record(item.caseId(), "RELEASED", user, actorRole(item), "Released back to the queue by " + user,
          java.util.Map.of("taskId", taskId));
    }
  }

  /** The role a queue's workers act in, as the case timeline names them. */
  private static String actorRole(WorkItem item) {
    return com.disputedesk.security.Roles.working(item.candidateGroup()).orElse("BACK_OFFICE");
  }

  /** A lead hands a task to a named person. */
  @Transactional
  public void assign(String taskId, String assignee) {
    tasks.setAssignee(taskId, assignee);
    renewLease(taskId, assignee);
  }

  /** A lead takes an item back from its holder: it returns to its queue. */
  @Transactional
  void release(String taskId) {
    tasks.setAssignee(taskId, null);
  }

  /** Activity by the holder keeps the claim alive. */
  @Transactional
  public void renewLease(String taskId, String user) {
    Instant now = clock.instant();
    rows.renewLease(taskId, user, policies.dueFrom(LEASE_POLICY, now));
  }
}
