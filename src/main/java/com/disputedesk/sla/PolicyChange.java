package com.disputedesk.sla;

import java.time.Instant;

/** One audited change of a policy, or one re-timing of its running timers. */
public record PolicyChange(String key, String oldDuration, SlaCalendar oldCalendar, String newDuration,
    SlaCalendar newCalendar, String changedBy, Instant changedAt, int timersMoved) {}
