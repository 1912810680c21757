package com.disputedesk.worklist;

import java.time.Instant;

/** What one person holds in one queue: how many items, how many overdue, since when the oldest claim. */
public record PersonLoad(String username, String candidateGroup, int held, int overdue, Instant oldestClaim) {}
