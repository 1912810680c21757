package com.disputedesk.worklist;

import com.disputedesk.timeline.CaseTimeline;
import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Returns idle claims to the queue once their lease ran out. Each task in its own transaction. */
@Component
public class ClaimLeaseReaper {
  private static final Logger log = LoggerFactory.getLogger(ClaimLeaseReaper.class);
  private final WorklistRepository rows;
  private final TaskService tasks;
  private final CaseTimeline timeline;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ClaimLeaseReaper(WorklistRepository rows, TaskService tasks, CaseTimeline timeline, TransactionTemplate transactions,
      ApplicationEventPublisher events, Clock clock) {
    this.rows = rows;
    this.tasks = tasks;
    this.timeline = timeline;
    this.transactions = transactions;
    this.events = events;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${disputedesk.worklist.lease-check:PT1M}")
  public int releaseExpiredClaims() {
    int released = 0;
    for (String taskId : rows.expiredLeases(clock.instant(), 500)) {
      Boolean done = transactions.execute(tx -> rows.find(taskId)
          .filter(item -> item.leaseExpiresAt() != null && item.leaseExpiresAt().isBefore(clock.instant()))
          .map(item -> {
            tasks.setAssignee(taskId, null);
            timeline.record(item.caseId(), "CLAIM_EXPIRED", "system", "SYSTEM",
                "Claim by " + item.assignee() + " expired after inactivity; the task is back in the queue",
                Map.of("taskId", taskId, "holder", item.assignee()));
            events.publishEvent(new ClaimExpired(item.caseId(), taskId, item.assignee(), item.title()));
            return true;
          }).orElse(false));
      released += Boolean.TRUE.equals(done) ? 1 : 0;
    }
    if (released > 0) {
      log.info("Returned {} idle claimed tasks to their queues", released);
    }
    return released;
  }
}
