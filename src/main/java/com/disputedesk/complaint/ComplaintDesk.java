package com.disputedesk.complaint;

import com.disputedesk.common.CaseNotFound;
import com.disputedesk.dispute.Dispute;
import com.disputedesk.dispute.Disputes;
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

/** What the complaint reviewers' workspace reads and does; views call this, never the engine. */
@Service
@Transactional(readOnly = true)
public class ComplaintDesk {
  public static final String REVIEWERS = "complaint-reviewers";

  /** A case with everything a reviewer weighs, including the accused's disputes and record. */
  public record ComplaintFile(ComplaintCase complaintCase, List<Complaint> reports, List<ComplaintResponse> answers,
      List<EvidenceItem> evidence, List<Dispute> accusedDisputes, List<PartyRecord> accusedRecords,
      List<TimelineEntry> timeline, Optional<WorkItem> task) {

    /** Disputes the accused seller lost: a refund was decided or agreed against them. */
    public long disputesLost() {
      return accusedDisputes.stream().filter(d -> d.sellerId().equals(complaintCase.accusedId()))
          .filter(d -> d.decision() != null && !"REJECTED".equals(d.decision().outcome())).count();
    }
  }

  private final Worklist worklist;
  private final WorkClaims claims;
  private final ComplaintRepository complaints;
  private final Disputes disputes;
  private final EvidenceStore evidence;
  private final CaseTimeline timeline;

  ComplaintDesk(Worklist worklist, WorkClaims claims, ComplaintRepository complaints, Disputes disputes,
      EvidenceStore evidence, CaseTimeline timeline) {
    this.worklist = worklist;
    this.claims = claims;
    this.complaints = complaints;
    this.disputes = disputes;
    this.evidence = evidence;
    this.timeline = timeline;
  }

  /** Complaint cases and account reviews waiting for the reviewers. */
  public WorkQueueQuery queue() {
    return WorkQueueQuery.forGroups(Set.of(REVIEWERS));
  }

  public List<WorkItem> page(WorkQueueQuery query, int offset, int limit) {
    return worklist.page(query, offset, limit);
  }

  public int count(WorkQueueQuery query) {
    return worklist.count(query);
  }

  @Transactional
  public WorkItem claim(String taskId, String reviewer) {
    return claims.claim(taskId, reviewer);
  }

  @Transactional
  public void release(String taskId, String reviewer) {
    claims.unclaim(taskId, reviewer);
  }

  public ComplaintFile open(UUID caseId) {
    ComplaintCase c = complaints.findCase(caseId).orElseThrow(() -> new CaseNotFound("complaint case", caseId));
    return new ComplaintFile(c, complaints.complaintsOf(caseId), complaints.responses(caseId), evidence.ofCase(caseId),
        disputes.historyOf(c.accusedId(), 50), disputes.recordsOf(c.accusedId()), timeline.of(caseId),
        worklist.openTasksOf(caseId).stream().filter(t -> ComplaintProcess.TASK_DECIDE.equals(t.taskKey()))
            .findFirst());
  }
}
