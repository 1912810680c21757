package com.disputedesk.account;

import com.disputedesk.common.CaseNotFound;
import com.disputedesk.common.EnglishText;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.PartyId;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.evidence.EvidenceKind;
import com.disputedesk.evidence.EvidenceStore;
import com.disputedesk.evidence.Upload;
import com.disputedesk.sla.SlaPolicies;
import com.disputedesk.timeline.CaseTimeline;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A suspended party asks to be reinstated, with evidence (postal opening report, customs act, tracking). */
@Service
public class ReactivationAppeals {
  private final AccountRepository accounts;
  private final AccountProcess process;
  private final EvidenceStore evidence;
  private final SlaPolicies policies;
  private final CaseTimeline timeline;
  private final Clock clock;

  ReactivationAppeals(AccountRepository accounts, AccountProcess process, EvidenceStore evidence,
      SlaPolicies policies, CaseTimeline timeline, Clock clock) {
    this.accounts = accounts;
    this.process = process;
    this.evidence = evidence;
    this.policies = policies;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Transactional
  public AccountReview file(PartyId caller, String partyId, String message, List<Upload> files) {
    if (!caller.value().equals(partyId)) {
      throw new CaseNotFound("account", partyId);
    }
    if (accounts.standing(partyId).status() == Standing.Status.ACTIVE) {
      throw RuleViolation.conflict("not-suspended", "This account is active; there is nothing to reactivate.");
    }
    AccountReview review = accounts.lockOpenOf(partyId)
        .orElseThrow(() -> RuleViolation.conflict("appeal-decided",
            "The reactivation appeal on this account was decided: the suspension was upheld."));
    if (review.status() != AccountReview.Status.AWAITING_APPEAL) {
      throw RuleViolation.conflict("appeal-pending", "A reactivation appeal is already being reviewed.");
    }
    String text = EnglishText.require("message", message, 4000);
    if (files == null || files.isEmpty()) {
      throw new InvalidInput("file", "attach evidence: a postal opening report, a customs act or tracking");
    }
    if (files.size() > 10) {
      throw new InvalidInput("file", "at most 10 files");
    }
    List<UUID> ids = files.stream().map(f -> evidence.store(new EvidenceStore.NewEvidence(review.id(), "PARTY",
        partyId, EvidenceKind.DOCUMENT, null, f.filename(), f.contentType(), f.content())).evidenceId()).toList();
    Instant now = clock.instant();
    accounts.appealFiled(review.id(), text, ids, now, policies.dueFrom(AccountReviews.REVIEW_POLICY, now));
    timeline.record(review.id(), "REACTIVATION_APPEALED", partyId, "PARTY", "The party asked to be reinstated with "
        + ids.size() + " file(s)", Map.of("files", ids.size()));
    process.appealFiled(review.id());
    process.reviewDue(review.id()).ifPresent(due -> accounts.reviewDue(review.id(), due));
    return accounts.find(review.id()).orElseThrow();
  }
}
