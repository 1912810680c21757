package com.disputedesk.mediation;

import com.disputedesk.common.PartyId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Disputes")
class EvidenceAnswerController {
  record Answer(String message, List<UUID> evidenceIds) {}

  private final EvidenceRequests requests;

  EvidenceAnswerController(EvidenceRequests requests) {
    this.requests = requests;
  }

  @PostMapping("/api/v1/disputes/{id}/evidence-requests/{requestId}/answer")
  @Operation(summary = "A party answers a mediator's evidence request (upload the files first, then name them)")
  EvidenceRequest answer(@RequestHeader(PartyId.HEADER) String party, @PathVariable UUID id,
      @PathVariable UUID requestId, @RequestBody Answer answer) {
    return requests.answer(PartyId.of(party), id, requestId, answer.message(), answer.evidenceIds());
  }
}
