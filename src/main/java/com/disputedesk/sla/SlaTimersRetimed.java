package com.disputedesk.sla;

import java.util.List;

/**
 * Running timers moved; published inside the re-timing transaction so that each module updates the deadlines it
 * shows (our tables) together with the engine's jobs.
 */
public record SlaTimersRetimed(String key, List<TimerMove> moves) {}
