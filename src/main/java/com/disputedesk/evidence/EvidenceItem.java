package com.disputedesk.evidence;

import java.time.Instant;
import java.util.UUID;

/** One uploaded file as mediators and parties see it. {@code party} is BUYER or SELLER. */
public record EvidenceItem(UUID evidenceId, UUID caseId, String party, String uploadedBy, EvidenceKind kind,
    String note, String filename, String contentType, String sha256, long size, Instant uploadedAt, FileDates dates) {

  public boolean isImage() {
    return contentType.startsWith("image/");
  }

  public boolean isVideo() {
    return contentType.startsWith("video/");
  }

  /** Office formats anyone can edit: a seller's "invoice" in one deserves a second look (the seed's case). */
  public boolean isEditableDocument() {
    return contentType.contains("officedocument") || contentType.contains("msword")
        || contentType.contains("ms-excel") || contentType.contains("opendocument");
  }
}
