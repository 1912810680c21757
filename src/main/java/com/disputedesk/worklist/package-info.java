/**
 * The queues' read model: one row per open human task with the business data queues filter and sort on, kept in
 * step with the engine's task lifecycle by built-in task listeners (same transaction as the engine change).
 * Claims are leases ({@code claim-lease}); idle claims return to the queue.
 */
package com.disputedesk.worklist;
