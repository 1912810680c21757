package com.disputedesk.worklist;

/** A queue at a glance for its lead: every open item, who holds them and how many are past their SLA. */
public record QueueLoad(String candidateGroup, int open, int unclaimed, int claimed, int overdue) {}
