package com.disputedesk.appeal;

import com.disputedesk.common.RuleViolation;
import com.disputedesk.mediation.MediatorDesk;
import com.disputedesk.worklist.WorkClaims;
import com.disputedesk.worklist.WorkItem;
import com.disputedesk.worklist.WorkQueueQuery;
import com.disputedesk.worklist.Worklist;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the commission's and quality reviewers' workspace reads and does; views call this, never the engine. */
@Service
@Transactional(readOnly = true)
public class AppealDesk {
  public static final String COMMISSION = "appeal-commission";
  public static final String QUALITY_REVIEWERS = "quality-reviewers";

  /** The case file plus the appeal, its per-round history and the buyer's feedback. */
  public record AppealFile(MediatorDesk.CaseFile caseFile, Appeal appeal, List<AppealReview> reviews,
      List<Feedback> feedback, Optional<WorkItem> reviewTask, Optional<WorkItem> feedbackTask) {}

  private final Worklist worklist;
  private final WorkClaims claims;
  private final MediatorDesk mediatorDesk;
  private final AppealRepository appeals;
  private final FeedbackRepository feedback;
  private final FourEyes fourEyes;
  private final AppealTasks tasks;

  AppealDesk(Worklist worklist, WorkClaims claims, MediatorDesk mediatorDesk, AppealRepository appeals,
      FeedbackRepository feedback, FourEyes fourEyes, AppealTasks tasks) {
    this.worklist = worklist;
    this.claims = claims;
    this.mediatorDesk = mediatorDesk;
    this.appeals = appeals;
    this.feedback = feedback;
    this.fourEyes = fourEyes;
    this.tasks = tasks;
  }

  /** The commission's queue as {@code user} sees it: appeals of cases they mediated are not there. */
  public WorkQueueQuery reviewQueue(String user) {
    return WorkQueueQuery.forGroups(Set.of(COMMISSION)).seenBy(user);
  }

  /** Appeals whose {@code appeal-review} SLA has run out: the quality reviewers' breaches. */
  public WorkQueueQuery breachQueue(Instant now) {
    return WorkQueueQuery.forGroups(Set.of(COMMISSION)).breachedAt(now);
  }

  public WorkQueueQuery feedbackQueue() {
    return WorkQueueQuery.forGroups(Set.of(QUALITY_REVIEWERS));
  }

  public List<WorkItem> page(WorkQueueQuery query, int offset, int limit) {
    return worklist.page(query, offset, limit);
  }

  public int count(WorkQueueQuery query) {
    return worklist.count(query);
  }

  @Transactional
  public WorkItem claim(String taskId, String user) {
    WorkItem item = worklist.find(taskId)
        .orElseThrow(() -> RuleViolation.conflict("no-open-task", "This task is no longer open."));
    if (AppealTasks.TASK_REVIEW.equals(item.taskKey()) && fourEyes.excludes(item.caseId(), user)) {
      throw new RuleViolation(HttpStatus.FORBIDDEN, "four-eyes", fourEyes.reason(item.caseId(), user));
    }
    return claims.claim(taskId, user);
  }

  @Transactional
  public void release(String taskId, String user) {
    claims.unclaim(taskId, user);
  }

  /** The holder is looking at it: their claim stays theirs for another {@code claim-lease}. */
  @Transactional
  public void keepWorking(String taskId, String user) {
    claims.renewLease(taskId, user);
  }

  public boolean mayReview(UUID disputeId, String user) {
    return !fourEyes.excludes(disputeId, user);
  }

  public AppealFile open(UUID disputeId) {
    Appeal a = appeals.ofDispute(disputeId)
        .orElseThrow(() -> new com.disputedesk.common.CaseNotFound("appeal of dispute", disputeId));
    return new AppealFile(mediatorDesk.open(disputeId), a, appeals.reviews(a.id()), feedback.of(a.id()),
        tasks.open(disputeId, AppealTasks.TASK_REVIEW), tasks.open(disputeId, AppealTasks.TASK_FEEDBACK));
  }
}
