package com.disputedesk.complaint;

import com.disputedesk.common.CaseNotFound;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.PartyId;
import com.disputedesk.evidence.Upload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
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

/** Complaints against sellers and listings (API.md); JSON, or multipart when a file comes along. */
@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "Complaints", description = "Reports against sellers and listings, and the accused's answers")
class ComplaintController {
  record ResponseRequest(String message) {}

  private final ComplaintFiling filing;
  private final ComplaintResponses responses;
  private final ComplaintRepository complaints;

  ComplaintController(ComplaintFiling filing, ComplaintResponses responses, ComplaintRepository complaints) {
    this.filing = filing;
    this.responses = responses;
    this.complaints = complaints;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Report a seller or listing: type, subReason, productUrl, accusedSellerId, description")
  ResponseEntity<ComplaintView> file(@RequestHeader(PartyId.HEADER) String party,
      @RequestBody FileComplaintRequest request) {
    return created(PartyId.of(party), request, null);
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Report a seller or listing with a file (form fields as in the JSON body, plus file)")
  ResponseEntity<ComplaintView> fileWithAttachment(@RequestHeader(PartyId.HEADER) String party,
      @RequestParam(required = false) String type, @RequestParam(required = false) String subReason,
      @RequestParam(required = false) String productUrl, @RequestParam(required = false) String accusedSellerId,
      @RequestParam(required = false) String description,
      @RequestPart(value = "file", required = false) MultipartFile file) throws IOException {
    Upload upload = file == null ? null : new Upload(file.getOriginalFilename(), file.getContentType(), file);
    return created(PartyId.of(party), new FileComplaintRequest(type, subReason, productUrl, accusedSellerId,
        description), upload);
  }

  @GetMapping("/{id}")
  ComplaintView get(@RequestHeader(PartyId.HEADER) String party, @PathVariable UUID id) {
    PartyId viewer = PartyId.of(party);
    Complaint c = complaints.findComplaint(id)
        .filter(x -> x.reporterId().equals(viewer.value()) || x.accusedId().equals(viewer.value()))
        .orElseThrow(() -> new CaseNotFound("complaint", id));
    return view(c, viewer);
  }

  @GetMapping
  @Operation(summary = "against=me: the complaints filed against the calling party; otherwise the ones it filed")
  List<ComplaintView> list(@RequestHeader(PartyId.HEADER) String party,
      @RequestParam(required = false) String against) {
    PartyId viewer = PartyId.of(party);
    if (against != null && !"me".equals(against)) {
      throw new InvalidInput("against", "must be \"me\"");
    }
    List<Complaint> found = against != null ? complaints.against(viewer.value())
        : complaints.byReporter(viewer.value());
    return found.stream().map(c -> view(c, viewer)).toList();
  }

  @PostMapping(path = "/{id}/response", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The accused answers within complaint-response")
  ComplaintView respond(@RequestHeader(PartyId.HEADER) String party, @PathVariable UUID id,
      @RequestBody ResponseRequest request) {
    responses.answer(id, PartyId.of(party), request.message(), List.of());
    return get(party, id);
  }

  @PostMapping(path = "/{id}/response", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "The accused answers with a message and evidence files")
  ComplaintView respondWithEvidence(@RequestHeader(PartyId.HEADER) String party, @PathVariable UUID id,
      @RequestParam("message") String message,
      @RequestPart(value = "file", required = false) List<MultipartFile> files) throws IOException {
    List<Upload> uploads = new ArrayList<>();
    for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
      uploads.add(new Upload(f.getOriginalFilename(), f.getContentType(), f));
    }
    responses.answer(id, PartyId.of(party), message, uploads);
    return get(party, id);
  }

  private ResponseEntity<ComplaintView> created(PartyId reporter, FileComplaintRequest request, Upload file) {
    Complaint c = filing.file(reporter, request, file);
    return ResponseEntity.created(URI.create("/api/v1/complaints/" + c.id())).body(view(c, reporter));
  }

  private ComplaintView view(Complaint c, PartyId viewer) {
    ComplaintCase cc = complaints.findCase(c.caseId()).orElseThrow();
    return ComplaintView.of(c, cc, viewer.value(), complaints.complaintsOf(cc.id()).size(),
        complaints.responses(cc.id()));
  }
}
