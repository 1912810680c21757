package com.disputedesk.mediation;

import com.disputedesk.common.InvalidInput;
import com.disputedesk.dispute.Dispute;
import com.disputedesk.security.BackOfficeUsers;
import com.disputedesk.security.Roles;
import com.disputedesk.worklist.ClaimLost;
import com.disputedesk.dispute.Disputes;
import com.disputedesk.dispute.Offer;
import com.disputedesk.dispute.PartyRecord;
import com.disputedesk.evidence.EvidenceItem;
import com.disputedesk.evidence.EvidenceStore;
import com.disputedesk.timeline.CaseTimeline;
import com.disputedesk.timeline.TimelineEntry;
import com.disputedesk.worklist.WorkClaims;
import com.disputedesk.worklist.WorkItem;
import com.disputedesk.worklist.WorkQueueQuery;
import com.disputedesk.worklist.Worklist;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the mediators' workspace reads and does; views call this, never the engine or the database. */
@Service
@Transactional(readOnly = true)
public class MediatorDesk {
  public static final String MEDIATORS = "mediators";

  /** Everything a mediator weighs on one screen. */
  public record CaseFile(Dispute dispute, List<Offer> negotiation, List<EvidenceItem> evidence,
      List<TimelineEntry> timeline, List<EvidenceRequest> evidenceRequests, List<Dispute> buyerHistory,
      List<Dispute> sellerHistory, Optional<WorkItem> openTask, List<PartyRecord> buyerRecords,
      List<PartyRecord> sellerRecords) {}

  private final Worklist worklist;
  private final WorkClaims claims;
  private final Disputes disputes;
  private final EvidenceStore evidence;
  private final CaseTimeline timeline;
  private final EvidenceRequestRepository requests;
  private final BackOfficeUsers staff;
  private final DecisionRepository decisions;

  MediatorDesk(Worklist worklist, WorkClaims claims, Disputes disputes, EvidenceStore evidence, CaseTimeline timeline,
      EvidenceRequestRepository requests, BackOfficeUsers staff, DecisionRepository decisions) {
    this.decisions = decisions;
    this.staff = staff;
    this.worklist = worklist;
    this.claims = claims;
    this.disputes = disputes;
    this.evidence = evidence;
    this.timeline = timeline;
    this.requests = requests;
  }

  /** Every version of the dispute's decision, the first first: a revision never rewrites one. */
  public List<DecisionVersion> decisionVersions(UUID disputeId) {
    return decisions.of(disputeId).stream().map(d -> new DecisionVersion(d.revision(), d.mediatorId(), d.outcome(),
        d.amount(), d.currency(), d.reason(), d.explanation(), d.decidedAt())).toList();
  }

  public WorkQueueQuery queue() {
    return WorkQueueQuery.forGroups(Set.of(MEDIATORS));
  }

  public List<WorkItem> page(WorkQueueQuery query, int offset, int limit) {
    return worklist.page(query, offset, limit);
  }

  public int count(WorkQueueQuery query) {
    return worklist.count(query);
  }

  @Transactional
  public WorkItem claim(String taskId, String mediator) {
    return claims.claim(taskId, mediator);
  }

  @Transactional
  public void release(String taskId, String mediator) {
    claims.unclaim(taskId, mediator);
  }

  /** The holder is looking at the case: their claim stays theirs for another {@code claim-lease}. */
  @Transactional
  public void keepWorking(String taskId, String mediator) {
    claims.renewLease(taskId, mediator);
  }

  /** A lead hands the dispute to a named mediator (who must hold the MEDIATOR role). */
  @Transactional
  public void assign(String taskId, String mediator, String lead) {
    if (!staff.usernamesWith(Roles.MEDIATOR).contains(mediator)) {
      throw new InvalidInput("mediator", mediator + " is not a mediator");
    }
    WorkItem item = worklist.find(taskId).orElseThrow(() -> new ClaimLost(null, "This task is no longer open."));
    claims.assign(taskId, mediator);
    timeline.record(item.caseId(), "ASSIGNED", lead, "LEAD", "Assigned to " + mediator + " by " + lead,
        java.util.Map.of("taskId", taskId, "mediator", mediator));
  }

  public List<String> mediators() {
    return staff.usernamesWith(Roles.MEDIATOR);
  }

  public Optional<WorkItem> find(String taskId) {
    return worklist.find(taskId);
  }

  /** The most urgent item of this (filtered) queue that nobody holds: the mediator's next case. */
  public Optional<WorkItem> nextUnclaimed(WorkQueueQuery query) {
    return worklist.page(query.unclaimedOnly(), 0, 1).stream().findFirst();
  }

  /** Any open task of this dispute the user holds (to decide, or a revision to approve): it can always be released. */
  public Optional<WorkItem> heldBy(UUID disputeId, String user) {
    return worklist.openTasksOf(disputeId).stream().filter(t -> user.equals(t.assignee())).findFirst();
  }

  public CaseFile open(UUID disputeId) {
    Dispute d = disputes.get(disputeId);
    List<Dispute> buyerHistory = disputes.historyOf(d.buyerId(), 20).stream().filter(o -> !o.id().equals(d.id())).toList();
    List<Dispute> sellerHistory = disputes.historyOf(d.sellerId(), 20).stream().filter(o -> !o.id().equals(d.id())).toList();
    Optional<WorkItem> task = worklist.openTasksOf(disputeId).stream()
        .filter(t -> MediationTasks.TASK_DECIDE.equals(t.taskKey())).findFirst();
    return new CaseFile(d, disputes.negotiation(disputeId), evidence.ofCase(disputeId), timeline.of(disputeId),
        requests.of(disputeId), buyerHistory, sellerHistory, task, disputes.recordsOf(d.buyerId()),
        disputes.recordsOf(d.sellerId()));
  }
}
