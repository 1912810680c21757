package com.disputedesk.appeal;

import com.disputedesk.common.EnglishText;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.PartyId;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.dispute.Dispute;
import com.disputedesk.dispute.DisputeAppeals;
import com.disputedesk.dispute.DisputeStatus;
import com.disputedesk.evidence.EvidenceStore;
import com.disputedesk.sla.SlaPolicies;
import com.disputedesk.timeline.CaseTimeline;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The buyer appeals a mediation decision once, within {@code appeal-window}, and may withdraw while it is pending. */
@Service
public class AppealFiling {
  static final int DESCRIPTION_MAX = 1000;
  static final String REVIEW_POLICY = "appeal-review";
  private final DisputeAppeals disputes;
  private final AppealRepository appeals;
  private final EvidenceStore evidence;
  private final AppealTasks tasks;
  private final SlaPolicies policies;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ReviewDeadline reviewDeadline;

  AppealFiling(DisputeAppeals disputes, AppealRepository appeals, EvidenceStore evidence, AppealTasks tasks,
      SlaPolicies policies, CaseTimeline timeline, ApplicationEventPublisher events, Clock clock,
      ReviewDeadline reviewDeadline) {
    this.reviewDeadline = reviewDeadline;
    this.disputes = disputes;
    this.appeals = appeals;
    this.evidence = evidence;
    this.tasks = tasks;
    this.policies = policies;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  /** {@code evidenceIds}: attachments the buyer uploaded to this dispute (the evidence endpoint) for the appeal. */
  @Transactional
  public Appeal file(UUID disputeId, PartyId buyer, String description, List<UUID> evidenceIds) {
    Instant now = clock.instant();
    Dispute d = disputes.lockAppealable(disputeId, buyer, now);
    String text = EnglishText.require("description", description, DESCRIPTION_MAX);
    List<UUID> attachments = attachments(d, buyer, evidenceIds);
    Appeal appeal = new Appeal(UUID.randomUUID(), d.id(), d.buyerId(), text, attachments, AppealStatus.PENDING, 1, now,
        now, policies.dueFrom(REVIEW_POLICY, now), 0, null, null, null, d.currency(), null, null, null, null);
    try {
      appeals.insert(appeal);
    } catch (DuplicateKeyException e) {
      throw RuleViolation.conflict("already-appealed", "This dispute was already appealed; a decision can be appealed "
          + "once.");
    }
    timeline.record(d.id(), "APPEALED", buyer.value(), "BUYER", "The buyer appealed the mediation decision",
        Map.of("appealId", appeal.id().toString(), "attachments", attachments.size()));
    disputes.appealFiled(d.id(), appeal.id());
    reviewDeadline.followEngine(d.id());
    events.publishEvent(new AppealFiled(d.id(), appeal.id()));
    return appeals.find(appeal.id()).orElseThrow();
  }

  @Transactional
  public Appeal withdraw(UUID disputeId, PartyId buyer) {
    Appeal a = appeals.lockOfDispute(disputeId).filter(x -> x.buyerId().equals(buyer.value()))
        .orElseThrow(() -> RuleViolation.conflict("no-appeal", "There is no appeal of yours on this dispute."));
    if (a.status() != AppealStatus.PENDING) {
      throw RuleViolation.conflict("not-pending", switch (a.status()) {
        case IN_REVIEW -> "The commission is already reviewing this appeal; it can no longer be withdrawn.";
        case WITHDRAWN -> "This appeal was already withdrawn.";
        default -> "This appeal was already decided; it can no longer be withdrawn.";
      });
    }
    Instant now = clock.instant();
    appeals.withdraw(a.id(), now);
    disputes.appealConcluded(disputeId, DisputeStatus.APPEAL_WITHDRAWN);
    timeline.record(disputeId, "APPEAL_WITHDRAWN", buyer.value(), "BUYER", "The buyer withdrew the appeal",
        Map.of("appealId", a.id().toString()));
    tasks.withdrawn(disputeId);
    events.publishEvent(new AppealWithdrawn(disputeId, a.id()));
    return appeals.find(a.id()).orElseThrow();
  }

  private List<UUID> attachments(Dispute d, PartyId buyer, List<UUID> evidenceIds) {
    if (evidenceIds == null || evidenceIds.isEmpty()) {
      return List.of();
    }
    if (evidenceIds.size() > 20) {
      throw new InvalidInput("evidenceIds", "must list at most 20 attachments");
    }
    Set<UUID> own = evidence.ofCase(d.id()).stream().filter(e -> buyer.value().equals(e.uploadedBy()))
        .map(e -> e.evidenceId()).collect(Collectors.toSet());
    for (UUID id : evidenceIds) {
      if (!own.contains(id)) {
        throw new InvalidInput("evidenceIds", id + " is not evidence you uploaded to this dispute");
      }
    }
    return List.copyOf(new java.util.LinkedHashSet<>(evidenceIds));
  }
}
