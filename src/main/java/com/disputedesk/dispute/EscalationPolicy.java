package com.disputedesk.dispute;

import com.disputedesk.common.RuleViolation;
import com.disputedesk.evidence.EvidenceStore;
import com.disputedesk.sla.SlaPolicies;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * DOMAIN.md §1a: the buyer may escalate after the seller rejected, or from {@code escalation-earliest} after opening;
 * when goods were received, the buyer must have added evidence first.
 */
@Component
class EscalationPolicy {
  static final String EARLIEST_POLICY = "escalation-earliest";
  private final SlaPolicies policies;
  private final EvidenceStore evidence;

  EscalationPolicy(SlaPolicies policies, EvidenceStore evidence) {
    this.policies = policies;
    this.evidence = evidence;
  }

  Instant earliest(Dispute d) {
    return policies.dueFrom(EARLIEST_POLICY, d.openedAt());
  }

  void checkBuyerMay(Dispute d, Instant now) {
    if (d.status() != DisputeStatus.NEGOTIATION) {
      throw RuleViolation.conflict("wrong-stage", "Only a dispute in negotiation can be escalated; this one is "
          + d.status() + ".");
    }
    Instant earliest = earliest(d);
    if (!d.sellerRejected() && now.isBefore(earliest)) {
      throw RuleViolation.conflict("escalation-too-early", "The seller has not rejected the request yet, so the "
          + "dispute can be escalated from " + earliest + " on.");
    }
    if (d.goodsReceived() && evidence.ofCase(d.id()).stream().noneMatch(e -> "BUYER".equals(e.party()))) {
      throw RuleViolation.conflict("evidence-required", "The goods were received: add a photo, video or document "
          + "showing the problem before escalating.");
    }
  }
}
