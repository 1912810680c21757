package com.disputedesk.dispute;

import com.disputedesk.common.PartyId;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.evidence.EvidenceItem;
import com.disputedesk.evidence.EvidenceKind;
import com.disputedesk.evidence.EvidenceStore;
import com.disputedesk.timeline.CaseTimeline;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Parties add evidence to an open dispute: photos of an empty parcel, a postal opening report, tracking. */
@Service
public class DisputeEvidence {
  private final DisputeAccess access;
  private final EvidenceStore store;
  private final CaseTimeline timeline;

  DisputeEvidence(DisputeAccess access, EvidenceStore store, CaseTimeline timeline) {
    this.access = access;
    this.store = store;
    this.timeline = timeline;
  }

  @Transactional
  public EvidenceItem add(PartyId party, UUID id, EvidenceKind kind, String note, String filename, String declaredType,
      org.springframework.core.io.InputStreamSource content) {
    Dispute d = access.forParty(id, party);
    if (!EnumSet.of(DisputeStatus.NEGOTIATION, DisputeStatus.ESCALATED, DisputeStatus.AWAITING_EVIDENCE,
        DisputeStatus.RESOLVED, DisputeStatus.APPEAL_PENDING).contains(d.status())) {
      throw RuleViolation.conflict("case-closed", "The dispute is " + d.status() + "; no more evidence is taken.");
    }
    String role = d.isBuyer(party.value()) ? "BUYER" : "SELLER";
    EvidenceItem item = store.store(new EvidenceStore.NewEvidence(id, role, party.value(), kind, note, filename,
        declaredType, content));
    timeline.record(id, "EVIDENCE_ADDED", party.value(), role, role.charAt(0) + role.substring(1).toLowerCase()
        + " added " + kind.name().toLowerCase() + " evidence" + (item.filename() == null ? "" : ": " + item.filename()),
        Map.of("evidenceId", item.evidenceId().toString(), "sha256", item.sha256(), "contentType", item.contentType()));
    return item;
  }
}
