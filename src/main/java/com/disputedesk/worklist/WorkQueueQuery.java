package com.disputedesk.worklist;

import java.util.Set;

/**
 * A queue page request. {@code groups}: the candidate groups the user may see; {@code assignedTo}: only tasks held
 * by this user; the rest are optional filters (null = any).
 */
public record WorkQueueQuery(Set<String> groups, String assignedTo, String reason, String stage, String currency,
    Boolean evidenceOverdue, String text, Sort sort, boolean descending) {

  public enum Sort { SLA_DUE, AMOUNT, AGE }

  public static WorkQueueQuery forGroups(Set<String> groups) {
    return new WorkQueueQuery(groups, null, null, null, null, null, null, Sort.SLA_DUE, false);
  }

  public WorkQueueQuery assignedTo(String user) {
    return new WorkQueueQuery(groups, user, reason, stage, currency, evidenceOverdue, text, sort, descending);
  }

  public WorkQueueQuery withText(String newText) {
    return new WorkQueueQuery(groups, assignedTo, reason, stage, currency, evidenceOverdue, newText, sort, descending);
  }

  public WorkQueueQuery withReason(String newReason) {
    return new WorkQueueQuery(groups, assignedTo, newReason, stage, currency, evidenceOverdue, text, sort, descending);
  }

  public WorkQueueQuery sortedBy(Sort newSort, boolean desc) {
    return new WorkQueueQuery(groups, assignedTo, reason, stage, currency, evidenceOverdue, text, newSort, desc);
  }
}
