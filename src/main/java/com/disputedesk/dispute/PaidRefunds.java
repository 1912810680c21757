package com.disputedesk.dispute;

import java.util.UUID;

/** Whether the payments system reported a refund of the dispute as paid (the refund module answers). */
public interface PaidRefunds {
  boolean anyPaid(UUID disputeId);
}
