package com.disputedesk.dispute;

import java.time.Instant;
import java.util.UUID;

/** Something on a party's record outside disputes (a complaint, an account review), for whoever weighs a case. */
public record PartyRecord(String kind, UUID caseId, String summary, Instant at) {}
