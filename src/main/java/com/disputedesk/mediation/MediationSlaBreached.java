package com.disputedesk.mediation;

import java.util.UUID;

/** {@code mediation-resolution} ran out: priority was raised and quality reviewers are told. Nothing is decided. */
public record MediationSlaBreached(UUID disputeId) {}
