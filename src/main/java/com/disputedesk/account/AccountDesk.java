package com.disputedesk.account;

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
import com.disputedesk.worklist.Worklist;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the reviewers' account review screen reads and does. */
@Service
@Transactional(readOnly = true)
public class AccountDesk {
  /** A review with the party's standing, evidence, disputes and other records. */
  public record ReviewFile(AccountReview review, Standing standing, List<EvidenceItem> evidence,
      List<Dispute> disputes, List<PartyRecord> records, List<TimelineEntry> timeline, Optional<WorkItem> task) {}

  private final AccountRepository accounts;
  private final Worklist worklist;
  private final WorkClaims claims;
  private final Disputes disputes;
  private final EvidenceStore evidence;
  private final CaseTimeline timeline;

  AccountDesk(AccountRepository accounts, Worklist worklist, WorkClaims claims, Disputes disputes,
      EvidenceStore evidence, CaseTimeline timeline) {
    this.accounts = accounts;
    this.worklist = worklist;
    this.claims = claims;
    this.disputes = disputes;
    this.evidence = evidence;
    this.timeline = timeline;
  }

  public ReviewFile open(UUID reviewId) {
    AccountReview r = accounts.find(reviewId).orElseThrow(() -> new CaseNotFound("account review", reviewId));
    return new ReviewFile(r, accounts.standing(r.partyId()), evidence.ofCase(reviewId),
        disputes.historyOf(r.partyId(), 50), disputes.recordsOf(r.partyId()), timeline.of(reviewId),
        worklist.openTasksOf(reviewId).stream().findFirst());
  }

  @Transactional
  public WorkItem claim(String taskId, String reviewer) {
    return claims.claim(taskId, reviewer);
  }

  @Transactional
  public void release(String taskId, String reviewer) {
    claims.unclaim(taskId, reviewer);
  }
}
