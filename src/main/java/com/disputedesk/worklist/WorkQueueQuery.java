package com.disputedesk.worklist;

import java.time.Instant;
import java.util.Set;

/**
 * A queue page request. {@code groups}: the candidate groups the user may see; {@code assignedTo}: only tasks held
 * by this user; {@code breachedAt}: only items overdue at that instant; the rest are optional filters (null = any).
 */
public record WorkQueueQuery(Set<String> groups, String assignedTo, String reason, String stage, String currency,
    Boolean evidenceOverdue, String text, Sort sort, boolean descending, Instant breachedAt) {

  public enum Sort { SLA_DUE, AMOUNT, AGE }

  public static WorkQueueQuery forGroups(Set<String> groups) {
    return new WorkQueueQuery(groups, null, null, null, null, null, null, Sort.SLA_DUE, false, null);
  }

  public WorkQueueQuery assignedTo(String user) {
    return new WorkQueueQuery(groups, user, reason, stage, currency, evidenceOverdue, text, sort, descending, breachedAt);
  }

  public WorkQueueQuery withText(String newText) {
    return new WorkQueueQuery(groups, assignedTo, reason, stage, currency, evidenceOverdue, newText, sort, descending, breachedAt);
  }

  /** Only items whose SLA was already due at {@code now}: the breaches leads watch. */
  public WorkQueueQuery breachedAt(Instant now) {
    return new WorkQueueQuery(groups, assignedTo, reason, stage, currency, evidenceOverdue, text, sort, descending, now);
  }
}
