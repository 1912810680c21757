package com.disputedesk.worklist;

import java.util.List;

/** What a lead's bulk action did: the items it moved and, for every other one, why it was left as it was. */
public record HandOver(List<WorkItem> moved, List<Skip> skipped) {

  /** An item left alone; {@code item} is null when it is no longer open. {@code detail}: the engine's own words. */
  public record Skip(String taskId, WorkItem item, Why why, String detail) {}

  public enum Why {
    /** Decided or withdrawn since the lead's screen was drawn. */
    NO_LONGER_OPEN,
    /** The person may never hold it: they mediated the case, or already reviewed its appeal. */
    FOUR_EYES,
    /** The person does not hold the role that works the item's queue. */
    NOT_IN_QUEUE,
    /** The person already holds it. */
    ALREADY_THEIRS,
    /** Release asked for an item nobody holds. */
    NOT_CLAIMED,
    /** The engine refused the change (a rule it guards itself). */
    REFUSED
  }
}
