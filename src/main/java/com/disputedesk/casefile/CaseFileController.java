package com.disputedesk.casefile;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The case view's downloads (workspace session; the roles that may read a dispute, by security configuration). */
@RestController
@Hidden
class CaseFileController {
  private final CaseFiles files;

  CaseFileController(CaseFiles files) {
    this.files = files;
  }

  @GetMapping("/case-files/{disputeId}/dossier.pdf")
  ResponseEntity<byte[]> dossier(@PathVariable UUID disputeId, Principal user) {
    return pdf(files.dossier(disputeId, user.getName()));
  }

  @GetMapping("/case-files/{disputeId}/evidence.zip")
  void evidence(@PathVariable UUID disputeId, Principal user, HttpServletResponse response) throws IOException {
    zip(disputeId, files.evidenceExport(disputeId, user.getName()), response);
  }

  @GetMapping("/case-files/complaints/{caseId}/dossier.pdf")
  ResponseEntity<byte[]> complaintDossier(@PathVariable UUID caseId, Principal user) {
    return pdf(files.complaintDossier(caseId, user.getName()));
  }

  @GetMapping("/case-files/complaints/{caseId}/evidence.zip")
  void complaintEvidence(@PathVariable UUID caseId, Principal user, HttpServletResponse response)
      throws IOException {
    zip(caseId, files.evidenceExport(caseId, user.getName(), "evidence-complaint-" + caseId + ".zip"), response);
  }

  @GetMapping("/case-files/account-reviews/{reviewId}/dossier.pdf")
  ResponseEntity<byte[]> accountReviewDossier(@PathVariable UUID reviewId, Principal user) {
    return pdf(files.accountReviewDossier(reviewId, user.getName()));
  }

  @GetMapping("/case-files/account-reviews/{reviewId}/evidence.zip")
  void accountReviewEvidence(@PathVariable UUID reviewId, Principal user, HttpServletResponse response)
      throws IOException {
    zip(reviewId, files.evidenceExport(reviewId, user.getName(), "evidence-account-review-" + reviewId + ".zip"),
        response);
  }

  private static ResponseEntity<byte[]> pdf(CaseFiles.Export export) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.filename())
            .build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store").body(export.content());
  }

  private void zip(UUID caseId, String name, HttpServletResponse response) throws IOException {
    response.setContentType("application/zip");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
        .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    files.writeEvidence(caseId, response.getOutputStream());
  }
}
