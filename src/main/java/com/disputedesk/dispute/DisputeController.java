package com.disputedesk.dispute;

import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.PartyId;
import com.disputedesk.evidence.EvidenceItem;
import com.disputedesk.evidence.EvidenceKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The marketplace's dispute endpoints (API.md). The acting party is {@code X-Party-Id}. */
@RestController
@RequestMapping("/api/v1/disputes")
@Tag(name = "Disputes", description = "Buyer and seller actions on order disputes (role MARKETPLACE)")
class DisputeController {
  private final DisputeOpening opening;
  private final Negotiation negotiation;
  private final DisputeEvidence evidence;
  private final Disputes disputes;
  private final DisputeViews views;

  DisputeController(DisputeOpening opening, Negotiation negotiation, DisputeEvidence evidence, Disputes disputes,
      DisputeViews views) {
    this.opening = opening;
    this.negotiation = negotiation;
    this.evidence = evidence;
    this.disputes = disputes;
    this.views = views;
  }

  @PostMapping
  @Operation(summary = "The buyer opens a dispute on an order (one per order, ever)")
  ResponseEntity<DisputeView> open(@RequestHeader(PartyId.HEADER) String party,
      @Valid @RequestBody OpenDisputeRequest request) {
    Dispute d = opening.open(PartyId.of(party), request);
    return ResponseEntity.created(URI.create("/api/v1/disputes/" + d.id()))
        .body(views.of(disputes.get(d.id()), PartyId.of(party)));
  }

  @GetMapping("/{id}")
  DisputeView get(@RequestHeader(PartyId.HEADER) String party, @PathVariable UUID id) {
    return views.of(disputes.forParty(id, PartyId.of(party)), PartyId.of(party));
  }

  @GetMapping
  List<DisputeView> list(@RequestHeader(PartyId.HEADER) String party, @RequestParam(required = false) String orderId) {
    return disputes.ofParty(PartyId.of(party), orderId).stream().map(d -> views.of(d, PartyId.of(party))).toList();
  }

  /** What was stored: the evidence id (also as {@code id}), its SHA-256, size and the type sniffed from its bytes. */
  record EvidenceReceipt(UUID id, UUID evidenceId, String sha256, long size, String contentType) {}

  @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Add a photo, video, document, tracking record or chat log")
  ResponseEntity<EvidenceReceipt> addEvidence(@RequestHeader(PartyId.HEADER) String party, @PathVariable UUID id,
      @RequestPart("file") MultipartFile file, @RequestParam("kind") String kind,
      @RequestParam(value = "note", required = false) String note) throws IOException {
    EvidenceItem item = evidence.add(PartyId.of(party), id, kind(kind), note, file.getOriginalFilename(),
        file.getContentType(), file);
    return ResponseEntity.created(URI.create("/api/v1/disputes/" + id + "/evidence/" + item.evidenceId()))
        .body(new EvidenceReceipt(item.evidenceId(), item.evidenceId(), item.sha256(), item.size(),
            item.contentType()));
  }

  @PostMapping("/{id}/seller-response")
  DisputeView sellerResponse(@RequestHeader(PartyId.HEADER) String party, @PathVariable UUID id,
      @Valid @RequestBody SellerResponseRequest request) {
    return views.of(negotiation.sellerResponds(PartyId.of(party), id, request), PartyId.of(party));
  }

  @PostMapping("/{id}/buyer-response")
  DisputeView buyerResponse(@RequestHeader(PartyId.HEADER) String party, @PathVariable UUID id,
      @Valid @RequestBody BuyerResponseRequest request) {
    return views.of(negotiation.buyerResponds(PartyId.of(party), id, request), PartyId.of(party));
  }

  @PostMapping("/{id}/escalate")
  DisputeView escalate(@RequestHeader(PartyId.HEADER) String party, @PathVariable UUID id) {
    return views.of(negotiation.escalate(PartyId.of(party), id), PartyId.of(party));
  }

  @PostMapping("/{id}/cancel")
  @Operation(summary = "The buyer cancels; a cancelled dispute can never be reopened")
  DisputeView cancel(@RequestHeader(PartyId.HEADER) String party, @PathVariable UUID id) {
    return views.of(negotiation.cancel(PartyId.of(party), id), PartyId.of(party));
  }

  private static EvidenceKind kind(String kind) {
    try {
      return EvidenceKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("kind", "must be one of PHOTO, VIDEO, DOCUMENT, TRACKING, CHAT_LOG");
    }
  }
}
