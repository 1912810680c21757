package com.disputedesk.note;

import java.util.UUID;

/** A note named {@code username}: published in the note's transaction, so its email is stored with it. */
public record ColleagueMentioned(UUID noteId, UUID caseId, String caseRoute, String author, String username,
    String body) {}
