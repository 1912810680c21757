package com.disputedesk.mediation;

import com.disputedesk.common.CaseNotFound;
import com.disputedesk.common.EnglishText;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.PartyId;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.dispute.Dispute;
import com.disputedesk.dispute.DisputeMediation;
import com.disputedesk.dispute.Disputes;
import com.disputedesk.dispute.WaitingFor;
import com.disputedesk.evidence.EvidenceStore;
import com.disputedesk.sla.SlaPolicies;
import com.disputedesk.timeline.CaseTimeline;
import com.disputedesk.worklist.WorkItem;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DOMAIN.md §1b: a mediator asks one or both parties for more evidence, due in {@code evidence-response}. The case
 * returns to the same mediator when every asked party answered, or when the deadline passes.
 */
@Service
public class EvidenceRequests {
  static final String POLICY = "evidence-response";
  private final DisputeMediation mediation;
  private final Disputes disputes;
  private final MediationTasks tasks;
  private final EvidenceRequestRepository requests;
  private final EvidenceStore evidence;
  private final SlaPolicies policies;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  EvidenceRequests(DisputeMediation mediation, Disputes disputes, MediationTasks tasks,
      EvidenceRequestRepository requests, EvidenceStore evidence, SlaPolicies policies, CaseTimeline timeline,
      ApplicationEventPublisher events, Clock clock) {
    this.mediation = mediation;
    this.disputes = disputes;
    this.tasks = tasks;
    this.requests = requests;
    this.evidence = evidence;
    this.policies = policies;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  /** The deadline a request made now would get (the form shows it before sending). */
  public Instant dueIfRequestedNow() {
    return policies.dueFrom(POLICY, clock.instant());
  }

  public List<EvidenceRequest> of(UUID disputeId) {
    return requests.of(disputeId);
  }

  @Transactional
  public EvidenceRequest request(UUID disputeId, String mediator, boolean fromBuyer, boolean fromSeller,
      String message) {
    if (!fromBuyer && !fromSeller) {
      throw new InvalidInput("parties", "ask the buyer, the seller or both");
    }
    String text = EnglishText.require("message", message, 2000);
    mediation.lockInMediation(disputeId);
    WorkItem task = tasks.heldBy(disputeId, mediator);
    Instant now = clock.instant();
    EvidenceRequest request = new EvidenceRequest(UUID.randomUUID(), disputeId, mediator, text, fromBuyer, fromSeller,
        policies.dueFrom(POLICY, now), now, null, null, null, null, EvidenceRequest.Status.OPEN);
    requests.add(request);
    mediation.awaitEvidence(disputeId, fromBuyer, fromSeller, request.dueAt(), mediator);
    timeline.record(disputeId, "EVIDENCE_REQUESTED", mediator, "MEDIATOR", "Mediator asked "
        + (fromBuyer && fromSeller ? "both parties" : fromBuyer ? "the buyer" : "the seller") + " for more evidence",
        Map.of("requestId", request.id().toString(), "dueAt", request.dueAt().toString(), "message", text));
    tasks.complete(task, "REQUEST_EVIDENCE", mediator);
    events.publishEvent(new EvidenceRequested(disputeId, request.id(), fromBuyer, fromSeller, text, request.dueAt()));
    return request;
  }

  @Transactional
  public EvidenceRequest answer(PartyId party, UUID disputeId, UUID requestId, String message, List<UUID> evidenceIds) {
    Dispute d = disputes.forParty(disputeId, party);
    EvidenceRequest request = requests.lock(disputeId, requestId)
        .orElseThrow(() -> new CaseNotFound("evidence request", requestId));
    String role = d.isBuyer(party.value()) ? "BUYER" : "SELLER";
    if (request.status() != EvidenceRequest.Status.OPEN) {
      throw RuleViolation.conflict("request-closed", request.status() == EvidenceRequest.Status.OVERDUE
          ? "The deadline of this request passed at " + request.dueAt() + "; the case is back with the mediator."
          : "This request was already answered.");
    }
    if (!request.awaits(role)) {
      throw RuleViolation.conflict("not-requested", "This request does not ask the " + role.toLowerCase()
          + " for evidence, or it was already answered.");
    }
    String text = EnglishText.require("message", message, 4000);
    for (UUID evidenceId : evidenceIds == null ? List.<UUID>of() : evidenceIds) {
      evidence.find(evidenceId).filter(e -> e.caseId().equals(disputeId) && e.uploadedBy().equals(party.value()))
          .orElseThrow(() -> new InvalidInput("evidenceIds", "evidence " + evidenceId + " is not yours on this dispute"));
    }
    boolean complete = request.allAnsweredAfter(role);
    requests.answer(requestId, role, text, clock.instant(), complete);
    timeline.record(disputeId, "EVIDENCE_ANSWERED", party.value(), role, role.charAt(0)
        + role.substring(1).toLowerCase() + " answered the evidence request",
        Map.of("requestId", requestId.toString(), "evidenceIds", evidenceIds == null ? List.of() : evidenceIds));
    if (complete) {
      mediation.backToMediator(disputeId, false);
      tasks.evidenceRoundEnded(disputeId);
    } else {
      mediation.waitingForParty(disputeId, "BUYER".equals(role) ? WaitingFor.SELLER : WaitingFor.BUYER);
    }
    return requests.lock(disputeId, requestId).orElseThrow();
  }

  /** {@code Timer_EvidenceOverdue} fired: whoever did not answer is marked, the case goes back to its mediator. */
  @Transactional
  void deadlinePassed(UUID disputeId) {
    requests.open(disputeId).ifPresent(request -> {
      requests.markOverdue(request.id());
      mediation.backToMediator(disputeId, true);
      timeline.record(disputeId, "EVIDENCE_OVERDUE", "system", "SYSTEM",
          "Evidence deadline passed without every answer; back to the mediator",
          Map.of("requestId", request.id().toString()));
    });
  }
}
