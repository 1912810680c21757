package com.disputedesk.worklist;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An open human task as a queue row. */
public record WorkItem(String taskId, UUID caseId, String caseType, String taskKey, String candidateGroup,
    String assignee, Instant claimedAt, Instant leaseExpiresAt, String title, String stage, String reason,
    BigDecimal amount, String currency, String orderId, String buyerId, String sellerId, String slaPolicy,
    Instant slaStartedAt, Instant slaDueAt, boolean evidenceOverdue, int priority, Instant createdAt) {}
