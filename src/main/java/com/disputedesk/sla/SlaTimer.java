package com.disputedesk.sla;

/**
 * Declares that a BPMN timer is timed by a policy, so running timers can be re-timed when the policy changes.
 * Modules that own a process declare theirs as beans.
 */
public record SlaTimer(String policyKey, String processDefinitionKey, String activityId) {}
