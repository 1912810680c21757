package com.disputedesk.worklist;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads queues and keeps their business columns fresh when a case changes. */
@Service
@Transactional(readOnly = true)
public class Worklist {
  private final WorklistRepository rows;
  private final Map<String, CaseSummaryProvider> providers;

  Worklist(WorklistRepository rows, List<CaseSummaryProvider> providers) {
    this.rows = rows;
    this.providers = providers.stream()
        .collect(Collectors.toMap(CaseSummaryProvider::processDefinitionKey, Function.identity()));
  }

  public List<WorkItem> page(WorkQueueQuery query, int offset, int limit) {
    return query.groups().isEmpty() ? List.of() : rows.page(query, offset, limit);
  }

  public int count(WorkQueueQuery query) {
    return query.groups().isEmpty() ? 0 : rows.count(query);
  }

  public Optional<WorkItem> find(String taskId) {
    return rows.find(taskId);
  }

  public List<WorkItem> openTasksOf(UUID caseId) {
    return rows.ofCase(caseId);
  }

  /** The open tasks of many cases at once (a page of search results), by case id. */
  public Map<UUID, List<WorkItem>> openTasksOf(java.util.Collection<UUID> caseIds) {
    return caseIds.isEmpty() ? Map.of()
        : rows.ofCases(caseIds).stream().collect(Collectors.groupingBy(WorkItem::caseId));
  }

  /**
   * The open {@code taskKey} task of a case, held by {@code user}; otherwise a 409 saying why not, naming the case as
   * {@code what} ("complaint", "account review", …). The base of every decision taken from a queue.
   */
  public WorkItem heldBy(UUID caseId, String taskKey, String user, String what) {
    WorkItem task = rows.ofCase(caseId).stream().filter(t -> taskKey.equals(t.taskKey())).findFirst()
        .orElseThrow(() -> com.disputedesk.common.RuleViolation.conflict("no-open-task",
            "This " + what + " is not waiting for that decision."));
    if (!user.equals(task.assignee())) {
      throw com.disputedesk.common.RuleViolation.conflict("not-claimed", task.assignee() == null
          ? "Claim the " + what + " before deciding." : "The " + what + " is claimed by " + task.assignee() + ".");
    }
    return task;
  }

  /** Re-reads the case's summary into its open rows: call after a change that queues show (priority, flags). */
  @Transactional
  public void refresh(UUID caseId) {
    for (WorkItem item : rows.ofCase(caseId)) {
      summarize(item.caseType(), caseId, item.taskKey()).ifPresent(s -> rows.refresh(item.taskId(), s));
    }
  }

  /** A task moved by an instance migration keeps its id; its row takes the task's key in the new model. */
  @Transactional
  public void followMigratedTask(String taskId, String taskKey) {
    rows.retask(taskId, taskKey);
  }

  /** Empty for processes no module of ours owns (deployed by hand, say): their tasks stay out of our queues. */
  Optional<CaseSummary> summarize(String caseType, UUID caseId, String taskKey) {
    return Optional.ofNullable(providers.get(caseType)).map(p -> p.summarize(caseId, taskKey));
  }

  boolean owns(String caseType) {
    return providers.containsKey(caseType);
  }
}
