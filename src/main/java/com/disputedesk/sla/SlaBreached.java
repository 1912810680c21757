package com.disputedesk.sla;

import java.util.UUID;

/**
 * An SLA timer ran out on a case ({@code caseId} = the process's business key): the module owning the case raises
 * it in its queue and tells whoever handles breaches; nothing is decided by itself.
 */
public record SlaBreached(String policyKey, UUID caseId, String processDefinitionKey) {}
