package com.disputedesk.complaint;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to complaint cases for other modules (notifications, the mediators' case file). */
@Service
@Transactional(readOnly = true)
public class Complaints {
  private final ComplaintRepository complaints;

  Complaints(ComplaintRepository complaints) {
    this.complaints = complaints;
  }

  public Optional<ComplaintCase> findCase(UUID caseId) {
    return complaints.findCase(caseId);
  }

  public List<Complaint> reportsOf(UUID caseId) {
    return complaints.complaintsOf(caseId);
  }

  public List<ComplaintResponse> answersOf(UUID caseId) {
    return complaints.responses(caseId);
  }

  /** Cases against a party, newest first. */
  public List<ComplaintCase> against(String partyId, int limit) {
    return complaints.casesAgainst(partyId, limit);
  }
}
