package com.disputedesk.mediation;

import com.disputedesk.dispute.Dispute;
import com.disputedesk.dispute.DisputeViewContributor;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Parties see the mediator's evidence requests (with ids to answer) in their view of the dispute. */
@Component
class MediationViewContributor implements DisputeViewContributor {
  private final EvidenceRequestRepository requests;

  MediationViewContributor(EvidenceRequestRepository requests) {
    this.requests = requests;
  }

  @Override
  public Map<String, java.lang.reflect.Type> parts() {
    return Map.of("evidenceRequests", new org.springframework.core.ParameterizedTypeReference<
        java.util.List<EvidenceRequest>>() {}.getType());
  }

  @Override
  public Map<String, Object> contribute(Dispute dispute, String viewer) {
    return Map.of("evidenceRequests", requests.of(dispute.id()));
  }
}
