package com.disputedesk.dispute;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Something on a party's record outside disputes (a complaint, an account review), for whoever weighs a case:
 * its kind ({@code COMPLAINT}, {@code ACCOUNT_REVIEW}), what it is about (a listing's address, or null) and its
 * facts as codes (trigger, status, outcome, sanction), which the workspace shows as words.
 */
public record PartyRecord(String kind, UUID caseId, String about, List<Enum<?>> facts, Instant at) {}
