package com.disputedesk.worklist;

import java.time.Instant;
import java.util.Set;

/**
 * A queue page request. {@code groups}: the candidate groups the user may see; {@code assignedTo}: only tasks held
 * by this user; {@code breachedAt}: only items overdue at that instant; {@code viewer}: hides items this user is
 * excluded from (four-eyes); the rest are optional filters (null = any).
 */
public record WorkQueueQuery(Set<String> groups, String assignedTo, String reason, String stage, String currency,
    Boolean evidenceOverdue, String text, Sort sort, boolean descending, Instant breachedAt, String viewer) {

  public WorkQueueQuery(Set<String> groups, String assignedTo, String reason, String stage, String currency,
      Boolean evidenceOverdue, String text, Sort sort, boolean descending, Instant breachedAt) {
    this(groups, assignedTo, reason, stage, currency, evidenceOverdue, text, sort, descending, breachedAt, null);
  }

  public enum Sort { SLA_DUE, AMOUNT, AGE }

  public static WorkQueueQuery forGroups(Set<String> groups) {
    return new WorkQueueQuery(groups, null, null, null, null, null, null, Sort.SLA_DUE, false, null);
  }

  public WorkQueueQuery assignedTo(String user) {
    return new WorkQueueQuery(groups, user, reason, stage, currency, evidenceOverdue, text, sort, descending, breachedAt, viewer);
  }

  /** Only items nobody holds ({@code assignedTo} empty): where a mediator's next case comes from. */
  public WorkQueueQuery unclaimedOnly() {
    return assignedTo(UNCLAIMED);
  }

  public static final String UNCLAIMED = "";

  /** Ordered as a grid column's header asks: the SLA, the amount or the age, either way. */
  public WorkQueueQuery sortedBy(Sort newSort, boolean newDescending) {
    return new WorkQueueQuery(groups, assignedTo, reason, stage, currency, evidenceOverdue, text, newSort,
        newDescending, breachedAt, viewer);
  }

  public WorkQueueQuery withText(String newText) {
    return new WorkQueueQuery(groups, assignedTo, reason, stage, currency, evidenceOverdue, newText, sort, descending, breachedAt, viewer);
  }

  /** Only items whose SLA was due at or before {@code now}: the breaches leads watch. */
  public WorkQueueQuery breachedAt(Instant now) {
    return new WorkQueueQuery(groups, assignedTo, reason, stage, currency, evidenceOverdue, text, sort, descending, now, viewer);
  }

  /** As {@code user} sees it: items they are excluded from (four-eyes) are left out. */
  public WorkQueueQuery seenBy(String user) {
    return new WorkQueueQuery(groups, assignedTo, reason, stage, currency, evidenceOverdue, text, sort, descending,
        breachedAt, user);
  }
}
