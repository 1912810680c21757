package com.disputedesk.worklist;

import com.disputedesk.timeline.CaseTimeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A lead's bulk reassign and release. Each item is checked first (still open, the person works its queue, four-eyes)
 * and then moved under a savepoint, so an item the engine refuses is reported as skipped and the rest still move.
 * The people concerned are told once per action, in the same transaction ({@link WorkHandedOver}).
 */
@Service
public class Reassignments {
  private final WorklistRepository rows;
  private final WorkClaims claims;
  private final Workload workload;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;
  private final List<HoldingRule> rules;
  private final TransactionTemplate savepoint;

  Reassignments(WorklistRepository rows, WorkClaims claims, Workload workload, CaseTimeline timeline,
      ApplicationEventPublisher events, List<HoldingRule> rules, PlatformTransactionManager transactions) {
    this.rows = rows;
    this.rules = rules;
    this.claims = claims;
    this.workload = workload;
    this.timeline = timeline;
    this.events = events;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  @Transactional
  public HandOver reassign(List<String> taskIds, String to, String lead) {
    return handOver(taskIds, to, lead);
  }

  @Transactional
  public HandOver release(List<String> taskIds, String lead) {
    return handOver(taskIds, null, lead);
  }

  private HandOver handOver(List<String> taskIds, String to, String lead) {
    List<WorkItem> moved = new ArrayList<>();
    List<HandOver.Skip> skipped = new ArrayList<>();
    List<WorkHandedOver.Item> told = new ArrayList<>();
    for (String taskId : taskIds.stream().distinct().toList()) {
      WorkItem item = rows.find(taskId).orElse(null);
      Optional<HandOver.Skip> skip = item == null
          ? Optional.of(new HandOver.Skip(taskId, null, HandOver.Why.NO_LONGER_OPEN, null)) : check(item, to);
      if (skip.isPresent()) {
        skipped.add(skip.get());
        continue;
      }
      try {
        savepoint.executeWithoutResult(tx -> move(item, to, lead));
        moved.add(item);
        told.add(new WorkHandedOver.Item(item.caseId(), WorkRoutes.of(item), item.orderId(), item.title(),
            item.assignee()));
      } catch (ProcessEngineException | ClaimLost e) {
        skipped.add(new HandOver.Skip(taskId, item, HandOver.Why.REFUSED, e.getMessage()));
      }
    }
    if (!told.isEmpty()) {
      events.publishEvent(new WorkHandedOver(java.util.UUID.randomUUID(), lead, to, List.copyOf(told)));
    }
    return new HandOver(List.copyOf(moved), List.copyOf(skipped));
  }

  /** Why the item stays as it is, if it does: releasing needs a holder; handing over, a person allowed to hold it. */
  private Optional<HandOver.Skip> check(WorkItem item, String to) {
    if (to == null) {
      return item.assignee() == null ? skip(item, HandOver.Why.NOT_CLAIMED, null) : Optional.empty();
    }
    if (to.equals(item.assignee())) {
      return skip(item, HandOver.Why.ALREADY_THEIRS, null);
    }
    if (!workload.workersOf(item.candidateGroup()).contains(to)) {
      return skip(item, HandOver.Why.NOT_IN_QUEUE, null);
    }
    Optional<String> refusal = rules.stream().map(r -> r.refuses(item, to)).flatMap(Optional::stream).findFirst();
    if (refusal.isPresent() || rows.excludedUsers(item.taskId()).contains(to)) {
      return skip(item, HandOver.Why.FOUR_EYES, refusal.orElse(null));
    }
    return Optional.empty();
  }

  private static Optional<HandOver.Skip> skip(WorkItem item, HandOver.Why why, String detail) {
    return Optional.of(new HandOver.Skip(item.taskId(), item, why, detail));
  }

  private void move(WorkItem item, String to, String lead) {
    String role = com.disputedesk.security.Roles.working(item.candidateGroup()).orElse("BACK_OFFICE");
    if (to == null) {
      claims.release(item.taskId());
      timeline.record(item.caseId(), "RELEASED", lead, "LEAD",
          "Released back to the queue by " + lead + " (held by " + item.assignee() + ")",
          Map.of("taskId", item.taskId(), "previousHolder", item.assignee(), "queueRole", role));
    } else {
      claims.assign(item.taskId(), to);
      timeline.record(item.caseId(), "ASSIGNED", lead, "LEAD", "Assigned to " + to + " by " + lead,
          Map.of("taskId", item.taskId(), "assignee", to, "queueRole", role));
    }
  }
}
