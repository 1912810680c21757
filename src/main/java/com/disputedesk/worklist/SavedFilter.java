package com.disputedesk.worklist;

/** A queue filter a user keeps under a name. Null fields mean "any". */
public record SavedFilter(String name, String text, String reason, String stage, String currency, boolean mine,
    boolean evidenceOverdue, boolean breached, WorkQueueQuery.Sort sort) {}
