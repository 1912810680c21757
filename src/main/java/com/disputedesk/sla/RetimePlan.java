package com.disputedesk.sla;

import java.time.Instant;
import java.util.List;

/** What re-timing running timers to a policy does: the preview and, once applied, the record of it. */
public record RetimePlan(String key, String duration, SlaCalendar calendar, int runningTimers, int moving,
    int overdueAtOnce, Instant earliestNewDue, Instant latestNewDue, List<TimerMove> sample, boolean applied) {}
