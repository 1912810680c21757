package com.disputedesk.sla;

import java.time.Instant;

/** An operations lead changed a policy; new timers use the new duration from {@code at}. */
public record SlaPolicyChanged(String key, String oldDuration, SlaCalendar oldCalendar, String newDuration,
    SlaCalendar newCalendar, String changedBy, Instant at) {}
