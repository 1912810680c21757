package com.disputedesk.integration;

import java.time.Instant;
import java.util.UUID;

/** The {@code data} of complaint, sanction and account events, as documented in docs/asyncapi.yaml. */
final class ComplaintEventData {
  private ComplaintEventData() {}

  record ComplaintFiled(UUID caseId, UUID complaintId, String listingKey, String productUrl, String accusedId,
      String reporterId, String type, String subReason, boolean newCase, Instant responseDueAt) {}

  record ComplaintResolved(UUID caseId, String listingKey, String accusedId, String outcome, String sanction,
      String reason) {}

  /** {@code sanction}: WARNING, LISTING_REMOVAL, ACCOUNT_SUSPENSION, MEMBERSHIP_CANCELLATION_NOTICE or -CANCELLATION. */
  record SanctionApplied(UUID caseId, String accusedId, String listingKey, String productUrl, String sanction,
      String reason) {}

  record AccountSuspended(UUID reviewId, String partyId, boolean membershipCancelled, String reason) {}

  record AccountReinstated(UUID reviewId, String partyId, String reason) {}
}
