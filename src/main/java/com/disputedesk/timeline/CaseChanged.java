package com.disputedesk.timeline;

import java.util.UUID;

/** A case's timeline gained a step or its actors were pseudonymised: what is said about the case changed. */
public record CaseChanged(UUID caseId) {}
